// What the page's style sheets mean for compact-styles.ts: which attributes selectors look at,
// which elements a rule with conditions beyond the ancestor chain (state, position, siblings,
// container queries) matches, and which elements get a ::before or ::after.

const PSEUDO_ELEMENT =
  /::?(?:before|after|first-line|first-letter|marker|placeholder|selection|backdrop|file-selector-button|-webkit-[\w-]+)/g

export interface Analysis {
  /** Attributes some selector mentions (they are part of the ancestor chain). */
  readonly attributes: ReadonlySet<string>
  /** Elements some rule with state, position or sibling conditions matches: read on their own. */
  readonly alone: ReadonlySet<Element>
  /** Elements some rule gives a ::before or ::after (the others have none to clone). */
  readonly pseudo: ReadonlySet<Element>
}

export const BEFORE_AFTER = /::?(?:before|after)\b/

/** What the page's style sheets need us to watch; null when they cannot be read (cross-origin). */
export function analyseStyleSheets(root: Element): Analysis | null {
  const attributes = new Set<string>()
  const alone = new Set<Element>()
  // The browser's own style sheet gives <q> quotes before and after.
  const pseudo = new Set<Element>(root.querySelectorAll('q'))
  const mark = (selector: string, into: Set<Element>) => {
    for (const element of root.querySelectorAll(selector)) into.add(element)
    if (root.matches(selector)) into.add(root)
  }
  const visit = (rules: CSSRuleList, conditional: boolean): boolean => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        if (rule.cssRules.length > 0) return false // nested CSS: not analysed, read everything
        const selector = rule.selectorText
        for (const match of selector.matchAll(/\[\s*([-\w]+)/g))
          attributes.add(match[1]!.toLowerCase())
        if (selector.replace(/\[[^\]]*\]/g, '').includes('#')) attributes.add('id')
        const plain = selector.replace(PSEUDO_ELEMENT, '')
        const target = plain.trim() === '' ? '*' : plain
        try {
          if (conditional || /[+~:]/.test(plain.replace(/\[[^\]]*\]/g, ''))) mark(target, alone)
          if (BEFORE_AFTER.test(selector)) mark(target, pseudo)
        } catch {
          return false
        }
      } else if (rule instanceof CSSImportRule) {
        if (rule.styleSheet && !visitSheet(rule.styleSheet)) return false
      } else if ('cssRules' in rule) {
        // Media, supports and layer blocks apply to the whole page alike; container and scope
        // queries depend on where the element is.
        const local =
          conditional ||
          rule.constructor.name === 'CSSContainerRule' ||
          rule.constructor.name === 'CSSScopeRule'
        if (!visit((rule as CSSGroupingRule).cssRules, local)) return false
      }
    }
    return true
  }
  const visitSheet = (sheet: CSSStyleSheet): boolean => {
    try {
      return visit(sheet.cssRules, false)
    } catch {
      return false
    }
  }
  for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) {
    if (!visitSheet(sheet)) return null
  }
  return { attributes, alone, pseudo }
}
