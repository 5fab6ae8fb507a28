// The read-only viewer inlined into an exported HTML file (viewer-html.ts). Plain browser
// JavaScript, no modules, no network: it reads the data the file carries, pans and zooms the
// inline SVG, and shows a card's details (pain points, opportunities, personas and how each
// feels, metrics) or the personas and their curve in a side panel. Text is set with textContent,
// never parsed as HTML, so nothing in a map can run as code.
;(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('tm-data').textContent)
  var L = data.labels
  var stage = document.getElementById('tm-stage')
  var canvas = document.getElementById('tm-canvas')
  var panel = document.getElementById('tm-panel')
  var zoomOut = document.getElementById('tm-zoom')
  var svg = canvas.querySelector('svg')
  var cards = {}
  data.cards.forEach(function (card) {
    cards[card.id] = card
  })
  var view = { x: 0, y: 0, scale: 1 }
  var MIN = 0.05
  var MAX = 4

  function svgSize() {
    return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }
  }
  function apply() {
    canvas.style.transform =
      'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.scale + ')'
    zoomOut.textContent = Math.round(view.scale * 100) + '%'
  }
  function fit() {
    var size = svgSize()
    var box = stage.getBoundingClientRect()
    var scale = Math.min((box.width - 48) / size.width, (box.height - 48) / size.height, 1.5)
    view.scale = Math.max(MIN, scale)
    view.x = (box.width - size.width * view.scale) / 2
    view.y = (box.height - size.height * view.scale) / 2
    apply()
  }
  function zoomAt(factor, cx, cy) {
    var next = Math.min(MAX, Math.max(MIN, view.scale * factor))
    view.x = cx - ((cx - view.x) * next) / view.scale
    view.y = cy - ((cy - view.y) * next) / view.scale
    view.scale = next
    apply()
  }
  function zoomCentre(factor) {
    var box = stage.getBoundingClientRect()
    zoomAt(factor, box.width / 2, box.height / 2)
  }

  // Pan with a drag; a press that hardly moves is a click (on a card: its details).
  var drag = null
  stage.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return
    drag = {
      x: event.clientX,
      y: event.clientY,
      vx: view.x,
      vy: view.y,
      moved: false,
      id: event.pointerId,
    }
  })
  stage.addEventListener('pointermove', function (event) {
    if (!drag || drag.id !== event.pointerId) return
    var dx = event.clientX - drag.x
    var dy = event.clientY - drag.y
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) return
    if (!drag.moved) {
      drag.moved = true
      stage.setPointerCapture(event.pointerId)
      stage.classList.add('is-panning')
    }
    view.x = drag.vx + dx
    view.y = drag.vy + dy
    apply()
  })
  function endDrag(event) {
    if (!drag || drag.id !== event.pointerId) return
    var moved = drag.moved
    drag = null
    stage.classList.remove('is-panning')
    if (moved || event.type !== 'pointerup') return
    var group = event.target instanceof Element ? event.target.closest('g[data-id]') : null
    var card = group && cards[group.getAttribute('data-id')]
    if (card) showCard(card)
    else if (!panel.hidden && panel.dataset.kind === 'card') closePanel()
  }
  stage.addEventListener('pointerup', endDrag)
  stage.addEventListener('pointercancel', endDrag)
  stage.addEventListener(
    'wheel',
    function (event) {
      event.preventDefault()
      var box = stage.getBoundingClientRect()
      zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top)
    },
    { passive: false },
  )
  var PAN = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }
  function pan(dx, dy) {
    view.x += dx
    view.y += dy
    apply()
  }
  document.addEventListener('keydown', function (event) {
    if (
      event.target instanceof HTMLElement &&
      event.target.closest('.panel button') &&
      event.key !== 'Escape'
    )
      return
    var step = 60
    if (event.key === 'Escape') closePanel()
    else if (event.key === '+' || event.key === '=') zoomCentre(1.25)
    else if (event.key === '-') zoomCentre(0.8)
    else if (event.key === '0') fit()
    else if (event.key in PAN) pan(PAN[event.key][0] * step, PAN[event.key][1] * step)
  })

  function el(tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined && text !== null) node.textContent = text
    return node
  }
  function section(title, items, className) {
    var wrap = el('section')
    wrap.appendChild(el('h3', null, title))
    if (items.length === 0) {
      wrap.appendChild(el('p', 'meta', L.none))
      return wrap
    }
    var list = el('ul', className)
    items.forEach(function (item) {
      var li = el('li')
      if (typeof item === 'string') li.textContent = item
      else li.appendChild(item)
      list.appendChild(li)
    })
    wrap.appendChild(list)
    return wrap
  }
  function chip(feeling) {
    var node = el('span', 'chip', feeling.label)
    node.style.color = feeling.color
    node.style.background = feeling.color + '1a'
    return node
  }
  function badge(person) {
    var node = el('span', 'badge', person.badge)
    node.style.background = person.color
    return node
  }
  function openPanel(kind, label) {
    panel.textContent = ''
    select(null)
    panel.hidden = false
    panel.dataset.kind = kind
    panel.setAttribute('aria-label', label)
    var close = el('button', 'close', '×')
    close.type = 'button'
    close.setAttribute('aria-label', L.close)
    close.addEventListener('click', closePanel)
    panel.appendChild(close)
  }
  function closePanel() {
    panel.hidden = true
    panel.dataset.kind = ''
    select(null)
    document.querySelector('[data-action=personas]').setAttribute('aria-expanded', 'false')
  }
  function select(id) {
    canvas.classList.toggle('has-selection', id !== null)
    canvas.querySelectorAll('.tm-card.is-selected').forEach(function (node) {
      node.classList.remove('is-selected')
    })
    if (id === null) return
    canvas.querySelectorAll('.tm-card[data-id]').forEach(function (node) {
      if (node.getAttribute('data-id') === id) node.classList.add('is-selected')
    })
  }

  function showCard(card) {
    openPanel('card', card.title)
    select(card.id)
    panel.appendChild(el('h2', null, card.title))
    var meta = el('p', 'meta', card.phase + ' · ' + card.channel + ' · ' + card.kind + ' · ')
    meta.appendChild(chip(card.emotion))
    panel.appendChild(meta)
    if (card.description) panel.appendChild(el('p', null, card.description))
    panel.appendChild(section(L.painPoints, card.painPoints, 'pain'))
    panel.appendChild(section(L.opportunities, card.opportunities, 'opportunity'))
    if (data.personas.length > 0)
      panel.appendChild(
        section(
          L.personasAtCard,
          card.personas.map(function (person) {
            var row = el('div', 'persona')
            row.appendChild(badge(person))
            row.appendChild(el('strong', null, person.name))
            var feel = el('span')
            feel.appendChild(document.createTextNode(L.asIs + ' '))
            feel.appendChild(chip(person.asIs))
            if (person.toBe) {
              feel.appendChild(document.createTextNode(' → ' + L.toBe + ' '))
              feel.appendChild(chip(person.toBe))
            }
            row.appendChild(feel)
            return row
          }),
        ),
      )
    panel.appendChild(
      section(
        L.metrics,
        card.metrics.map(function (metric) {
          var row = el('span', 'status-' + metric.status, metric.label + ': ' + metric.value)
          if (metric.target !== null) row.textContent += ' (' + L.target + ' ' + metric.target + ')'
          return row
        }),
      ),
    )
    panel.appendChild(el('h3', null, L.details))
    var facts = [
      L.evidence + ': ' + card.evidence + (card.evidenceSource ? ' — ' + card.evidenceSource : ''),
    ]
    if (card.owner) facts.push(L.owner + ': ' + card.owner)
    if (card.tags.length) facts.push(L.tags + ': ' + card.tags.join(', '))
    facts.forEach(function (fact) {
      panel.appendChild(el('p', 'meta', fact))
    })
    panel.querySelector('.close').focus()
    reveal(card.id)
  }

  /** Brings a selected card out from under the panel. */
  function reveal(id) {
    var node = canvas.querySelector('.tm-card.is-selected')
    if (!node || node.getAttribute('data-id') !== id) return
    var rect = node.getBoundingClientRect()
    var box = stage.getBoundingClientRect()
    var right = panel.getBoundingClientRect().left - 24
    if (rect.right > right) pan(right - rect.right, 0)
    if (rect.left + (right - rect.right) < box.left + 24) pan(box.left + 24 - rect.left, 0)
  }

  function showPersonas() {
    openPanel('personas', L.personas)
    document.querySelector('[data-action=personas]').setAttribute('aria-expanded', 'true')
    panel.appendChild(el('h2', null, L.personas))
    var curve = el('section')
    curve.appendChild(el('h3', null, L.emotionCurve))
    curve.appendChild(document.getElementById('tm-curve').content.cloneNode(true))
    panel.appendChild(curve)
    if (data.personas.length === 0) panel.appendChild(el('p', 'meta', L.noPersonas))
    data.personas.forEach(function (person) {
      var wrap = el('section', 'persona-card')
      var head = el('div', 'persona')
      head.appendChild(badge(person))
      head.appendChild(el('strong', null, person.name))
      head.appendChild(el('span', 'meta', person.role))
      wrap.appendChild(head)
      if (person.quote) wrap.appendChild(el('p', 'quote', '“' + person.quote + '”'))
      if (person.description) wrap.appendChild(el('p', null, person.description))
      if (person.goals.length) wrap.appendChild(section(L.goals, person.goals))
      if (person.frustrations.length) wrap.appendChild(section(L.frustrations, person.frustrations))
      panel.appendChild(wrap)
    })
    panel.querySelector('.close').focus()
  }

  function download() {
    var text = document.getElementById('tm-map').textContent
    var blob = new Blob([JSON.stringify(JSON.parse(text), null, 2) + '\n'], {
      type: 'application/json',
    })
    var link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download =
      (data.title
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'journey-map') + '.trailmap.json'
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(function () {
      URL.revokeObjectURL(link.href)
    }, 1000)
  }

  document.querySelector('.bar__tools').addEventListener('click', function (event) {
    var button =
      event.target instanceof Element ? event.target.closest('button[data-action]') : null
    if (!button) return
    var action = button.getAttribute('data-action')
    if (action === 'zoom-in') zoomCentre(1.25)
    else if (action === 'zoom-out') zoomCentre(0.8)
    else if (action === 'fit') fit()
    else if (action === 'print') window.print()
    else if (action === 'download') download()
    else if (action === 'personas') {
      if (!panel.hidden && panel.dataset.kind === 'personas') closePanel()
      else showPersonas()
    }
  })
  window.addEventListener('resize', fit)
  fit()
})()
