import type { Messages } from '../catalogue'

export const templates: Messages['templates'] = {
  newMap: {
    title: 'Neue Journey Map',
    description:
      'Mit einem bewährten Journey-Modell samt Beispiel-Touchpoints beginnen oder mit einer leeren Fläche.',
    titleLabel: 'Titel',
    optional: '(optional)',
    untitled: 'Unbenannte Journey',
    titleHint: (placeholder) =>
      `Leer lassen, um „${placeholder}“ zu verwenden. Die Map lässt sich später umbenennen.`,
    cancelHint: 'Schließen, ohne eine Map anzulegen',
    create: 'Map anlegen',
    createHint: (template) => `Map aus „${template}“ anlegen`,
    failed: (reason) => `Die Map konnte nicht angelegt werden: ${reason}`,
  },
  picker: {
    legend: 'Vorlage',
    phases: 'Phasen: ',
    noPhases: 'Noch keine Phasen',
  },
  newRecords: {
    phase: 'Neue Phase',
    persona: 'Neue Persona',
  },
  blank: {
    name: 'Leere Map',
    summary: 'Eine leere Fläche für eigene Phasen und Touchpoints.',
    defaultTitle: 'Unbenannte Journey',
  },
  lanes: {
    touchpoints: 'Touchpoints',
    emotionCurve: 'Emotionskurve',
    painPoints: 'Pain Points',
    opportunities: 'Chancen',
    thoughtsFeelings: 'Gedanken & Gefühle',
    physicalEvidence: 'Physische Evidenz',
    backstage: 'Backstage',
    supportProcesses: 'Unterstützende Prozesse',
    lineOfInteraction: 'Interaktionslinie',
    lineOfVisibility: 'Sichtbarkeitslinie',
    lineOfInternalInteraction: 'Linie der internen Interaktion',
  },
  owners: {
    marketing: 'Marketing',
    web: 'Webteam',
    crm: 'CRM',
    app: 'App-Team',
    support: 'Support',
    dealers: 'Fachhandel',
    ecommerce: 'E-Commerce',
    stores: 'Filialen',
    logistics: 'Logistik',
    insurer: 'Krankenkasse',
    frontDesk: 'Empfang',
    doctors: 'Ärzteteam',
    physiotherapy: 'Physiotherapie',
    reservations: 'Reservierung',
    kitchen: 'Küche',
  },
  tags: {
    conversion: 'Conversion',
    momentOfTruth: 'Moment der Wahrheit',
    lead: 'Lead',
    omnichannel: 'Omnichannel',
    painPoint: 'Pain Point',
  },
  classic5: {
    name: 'Klassisch in 5 Phasen',
    summary:
      'Der Funnel aus dem Lehrbuch, vom ersten Kontakt bis zur Weiterempfehlung. Beispiel: ein Kochbox-Abo.',
    description: 'Ein Kochbox-Abo, von der ersten Anzeige bis zur Empfehlung an Freunde.',
    persona: {
      name: 'Vielbeschäftigte Mutter',
      role: 'Berufstätig, zwei Kinder, kocht unter der Woche',
      description: 'Möchte gesund essen, ohne jeden Tag zu planen und einzukaufen.',
      goals: ['Abendessen in 30 Minuten auf dem Tisch', 'Weniger Lebensmittel wegwerfen'],
      frustrations: ['Entscheiden, was gekocht wird', 'Boxen, die kommen, wenn niemand da ist'],
      quote: 'Wenn ich nach 18 Uhr noch darüber nachdenken muss, passiert es nicht.',
    },
    phases: {
      awareness: 'Aufmerksamkeit',
      consideration: 'Erwägung',
      decision: 'Entscheidung',
      retention: 'Bindung',
      advocacy: 'Weiterempfehlung',
    },
    cards: {
      ad: {
        title: 'Sieht eine Instagram-Anzeige',
        opportunity: 'Echte Gerichte von Kunden statt Studiofotos zeigen',
      },
      friend: { title: 'Eine Freundin erwähnt den Dienst' },
      plans: {
        title: 'Vergleicht Tarife auf der Website',
        pain: 'Der Preis pro Portion lässt sich zwischen den Tarifen kaum vergleichen',
      },
      reviews: { title: 'Liest Bewertungen bei Google' },
      bot: {
        title: 'Fragt den Chatbot nach Allergenen',
        pain: 'Der Bot kann Fragen zu Allergenen nicht beantworten',
        opportunity: 'Fragen zur Ernährung an einen Menschen übergeben',
      },
      signup: { title: 'Bestellt mit Rabatt auf die erste Box' },
      confirm: { title: 'Erhält die Bestätigungs-E-Mail' },
      cook: { title: 'Kocht nach der Rezeptkarte' },
      skip: {
        title: 'Setzt in der App eine Woche aus',
        pain: 'Die Frist zum Aussetzen ist in den Einstellungen versteckt',
        opportunity: 'Zwei Tage vor Fristende erinnern',
      },
      support: {
        title: 'Ruft wegen einer fehlenden Zutat an',
        pain: 'Lange Wartezeit zur Abendessenszeit',
      },
      share: { title: 'Teilt ein Gericht auf Instagram' },
      refer: {
        title: 'Wirbt eine Freundin per Empfehlungscode',
        opportunity: 'Beiden Seiten ein Gratis-Dessert schenken',
      },
    },
    branches: {
      wordOfMouth: 'Mundpropaganda',
      question: 'hat eine Frage',
      missing: 'Zutat fehlt',
      refund: 'Gutschrift erhalten',
    },
  },
  sixPhase: {
    name: 'Journey in 6 Phasen',
    summary:
      'Ergänzt eine Phase Interesse und trennt Kauf von Nutzung. Beispiel: Kauf eines E-Bikes.',
    description: 'Ein E-Bike, gekauft nach Wochen der Recherche, Probefahrt inklusive.',
    persona: {
      name: 'Pendler',
      role: 'Büroangestellter, 12 km pro Strecke',
      description: 'Möchte das Auto stehen lassen, ohne verschwitzt anzukommen.',
      goals: ['Zuverlässig zur Arbeit kommen', 'Werkstatt in der Nähe'],
      frustrations: ['Fachjargon in Datenblättern', 'Lange Wartezeiten bei Reparaturen'],
      quote: 'Ich muss mich auch an einem verregneten Montagmorgen darauf verlassen können.',
    },
    phases: {
      awareness: 'Aufmerksamkeit',
      interest: 'Interesse',
      consideration: 'Erwägung',
      purchase: 'Kauf',
      usage: 'Nutzung',
      advocacy: 'Weiterempfehlung',
    },
    cards: {
      billboard: { title: 'Sieht ein Plakat am Bahnhof' },
      video: { title: 'Sieht ein gesponsertes Pendler-Video' },
      search: {
        title: 'Sucht nach „E-Bike zum Pendeln“',
        pain: 'Vergleichsportale bevorzugen die höchste Provision',
      },
      guide: { title: 'Lädt den Kaufratgeber herunter' },
      configure: {
        title: 'Konfiguriert ein Rad online',
        pain: 'Die Lieferzeit erscheint erst an der Kasse',
      },
      ride: {
        title: 'Probefahrt beim Händler',
        opportunity: 'Probefahrten online mit Zeitfenster buchen',
      },
      finance: {
        title: 'Beantragt eine 0-%-Finanzierung',
        pain: 'Die Bonitätsprüfung verlangt Unterlagen, die niemand zur Hand hat',
      },
      pickup: { title: 'Holt das Rad im Geschäft ab' },
      pair: {
        title: 'Koppelt das Rad mit der App',
        pain: 'Die Bluetooth-Kopplung scheitert auf älteren Handys',
      },
      service: {
        title: 'Erste Inspektion nach 500 km',
        opportunity: 'Die fällige Inspektion direkt in der App buchen',
      },
      review: { title: 'Schreibt eine Google-Bewertung' },
      post: { title: 'Postet ein Foto vom Arbeitsweg' },
    },
    branches: {
      notReady: 'noch nicht so weit',
      followUp: 'Nachfass-E-Mail',
      firstRide: 'erste Fahrt',
    },
  },
  omnichannel: {
    name: 'E-Commerce Omnichannel',
    summary:
      'Onlineshop, App und Filiale in einer Journey, mit Lieferung oder Abholung. Beispiel: Kauf eines Fernsehers.',
    description:
      'Ein neuer Fernseher, gekauft über Onlineshop, App und Filiale, geliefert oder abgeholt.',
    lanes: {
      online: 'Onlineshop & online',
      app: 'App',
      store: 'Filiale',
      service: 'Service & Menschen',
    },
    phases: {
      discover: 'Entdecken',
      research: 'Recherche',
      purchase: 'Kauf',
      delivery: 'Lieferung / Abholung',
      use: 'Nutzung & Support',
      loyalty: 'Treue',
    },
    cards: {
      insta: { title: 'Shoppable Post auf Instagram' },
      window: { title: 'Sieht den Fernseher im Schaufenster' },
      compare: {
        title: 'Vergleicht Modelle im Onlineshop',
        pain: 'Filter kennen keine Bereiche für die Bildschirmgröße',
      },
      stock: {
        title: 'Prüft den Bestand der nächsten Filiale',
        opportunity: 'Regalbestand je Filiale live anzeigen',
      },
      advice: { title: 'Fragt eine Verkäuferin' },
      checkout: {
        title: 'Bestellt online',
        pain: 'Kundenkonto muss vor dem Bezahlen angelegt werden',
      },
      till: { title: 'Bezahlt an der Kasse in der Filiale' },
      tracking: {
        title: 'Verfolgt die Versand-E-Mails',
        pain: 'Das Lieferfenster ist ein ganzer Tag',
      },
      collect: {
        title: 'Click & Collect in der Filiale',
        opportunity: 'Reservierte Parkplätze für Abholungen',
      },
      setup: {
        title: 'Richtet den Fernseher mit der App ein',
        pain: 'Die App verlangt, das Produkt erneut zu registrieren',
      },
      chat: {
        title: 'Meldet dem Chatbot einen Pixelfehler',
        pain: 'Der Bot dreht sich im Kreis und bietet keinen Menschen an',
        opportunity: 'Nach zwei gescheiterten Antworten an die Hotline übergeben',
      },
      swap: { title: 'Hotline veranlasst einen Austausch' },
      points: { title: 'Erhält Treuepunkte' },
      offer: {
        title: 'Erhält ein Angebot für eine Soundbar',
        pain: 'Anzeigen zeigen weiter den schon gekauften Fernseher',
      },
    },
    branches: {
      today: 'will ihn heute',
      pickUp: 'in der Filiale abholen',
    },
  },
  patient: {
    name: 'Patient Journey',
    summary:
      'Ein Behandlungspfad, wie ihn die Patientin erlebt. Beispiel: von Knieschmerzen zur Physiotherapie.',
    description: 'Von Knieschmerzen nach dem Laufen bis zu Physiotherapie und Nachsorge.',
    lanes: {
      actions: 'Handlungen der Patientin',
      staff: 'Behandlungsteam (Frontstage)',
      admin: 'Verwaltung (Backstage)',
    },
    persona: {
      name: 'Hobbyläuferin',
      role: 'Patientin, 34, läuft dreimal pro Woche',
      description: 'Möchte bald wieder laufen und verstehen, was los ist.',
      goals: ['Wieder laufen können', 'Wissen, wozu jeder Schritt dient'],
      frustrations: ['Warten ohne Informationen', 'Rechnungen, die niemand erklärt'],
      quote: 'Sagen Sie mir einfach, wie lange es dauert.',
    },
    phases: {
      symptom: 'Symptom',
      research: 'Recherche',
      appointment: 'Termin',
      treatment: 'Behandlung',
      aftercare: 'Nachsorge',
    },
    cards: {
      pain: { title: 'Knie schmerzt nach dem Laufen' },
      family: { title: 'Fragt die Familie um Rat' },
      search: {
        title: 'Sucht online nach den Symptomen',
        pain: 'Widersprüchliche und beunruhigende Informationen',
      },
      checker: {
        title: 'Nutzt den Symptom-Check der Krankenkasse',
        opportunity: 'Fachärzte in der Nähe mit freien Terminen vorschlagen',
      },
      call: { title: 'Ruft in der Praxis an', pain: 'Die Leitung ist jeden Morgen besetzt' },
      book: {
        title: 'Bucht online einen Termin',
        opportunity: 'Den nächsten freien Termin zuerst zeigen',
      },
      wait: {
        title: 'Wartet 40 Minuten im Wartezimmer',
        pain: 'Niemand sagt, wie lange es dauert',
      },
      consult: { title: 'Gespräch beim Orthopäden' },
      mri: {
        title: 'MRT-Untersuchung',
        pain: 'Unklar, was bei der Untersuchung passiert',
        opportunity: 'Vorab ein kurzes Erklärvideo schicken',
      },
      physio: { title: 'Termine in der Physiotherapie' },
      exercises: {
        title: 'Folgt dem Übungsplan in der App',
        opportunity: 'Serien feiern, damit Patienten dranbleiben',
      },
      reminder: { title: 'Erhält eine Erinnerung zur Kontrolle' },
      invoice: {
        title: 'Erhält die Rechnung',
        pain: 'Die Aufschlüsselung der Kosten ist schwer verständlich',
      },
    },
    branches: {
      billing: 'Abrechnung',
    },
  },
  blueprint: {
    name: 'Service Blueprint',
    summary:
      'Physische Evidenz, Kundenhandlungen, Frontstage, Backstage und Unterstützung, mit den drei Blueprint-Linien. Beispiel: ein Hotelaufenthalt.',
    description:
      'Ein Hotelaufenthalt von der Buchung bis zum Check-out, mit allem hinter der Rezeption.',
    lanes: {
      guest: 'Handlungen des Gasts',
      front: 'Frontstage (Personal, das der Gast sieht)',
    },
    phases: {
      booking: 'Buchung',
      arrival: 'Ankunft',
      stay: 'Aufenthalt',
      departure: 'Abreise',
    },
    cards: {
      site: { title: 'Hotelwebsite und Bestätigung der Buchung' },
      book: {
        title: 'Bucht online ein Zimmer',
        opportunity: 'Schon bei der Buchung frühen Check-in anbieten',
      },
      requests: { title: 'Reservierung prüft Sonderwünsche' },
      engine: { title: 'Buchungssystem und Channel-Manager' },
      lobby: { title: 'Lobby, Beschilderung und Schlüsselkarte' },
      checkin: {
        title: 'Checkt an der Rezeption ein',
        pain: 'Warteschlange zu den Hauptankunftszeiten',
      },
      greet: { title: 'Rezeption begrüßt und gibt den Schlüssel' },
      status: { title: 'Housekeeping erhält den Zimmerstatus' },
      pms: { title: 'Hotelsoftware (PMS)' },
      room: { title: 'Sauberes Zimmer und Ausstattung' },
      order: { title: 'Bestellt beim Zimmerservice' },
      deliver: { title: 'Servicekraft bringt die Bestellung' },
      kitchen: { title: 'Küche bereitet die Bestellung zu' },
      stock: { title: 'Lieferanten und Warenwirtschaft' },
      bill: { title: 'Detaillierte Rechnung' },
      checkout: {
        title: 'Checkt aus und bezahlt',
        pain: 'Unerwartete Kosten für die Minibar',
        opportunity: 'Die laufende Rechnung in der App zeigen',
      },
      settle: { title: 'Rezeption rechnet ab' },
      accounts: { title: 'Buchhaltung verbucht die Zahlung' },
      payment: { title: 'Zahlungsanbieter' },
    },
  },
}
