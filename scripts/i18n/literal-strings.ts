// Finds text a person would read that is written in the code instead of taken from the message
// catalogues (src/domain/i18n): JSX text, readable JSX attributes (title, aria-label, placeholder,
// alt, label…), string children, and string values of properties that name readable text
// (`label: 'Undo'`), string arguments of notices and status setters, and any other string that
// reads like a sentence. A line may opt out with a comment `i18n-exempt: <why>` on it or the line
// above (brand names, sample values that are the same in every language). Pure: a unit test feeds
// it sources.

import ts from 'typescript'

export interface LiteralString {
  readonly file: string
  readonly line: number
  readonly text: string
}

const READABLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
])

const READABLE_PROPERTIES = new Set([
  'label',
  'title',
  'description',
  'placeholder',
  'hint',
  'ariaLabel',
  'message',
  'heading',
  'tooltip',
])

/** Functions whose message argument (at this index) people read: notices, status lines, errors. */
const READABLE_CALLS = new Map([
  ['notify', 1],
  ['setStatus', 0],
  ['setError', 0],
  ['setLoadError', 0],
  ['alert', 0],
  ['confirm', 0],
])

/**
 * Any other string that reads like a sentence — a capitalised word, then lower-case words
 * ("Saved version", "Connection lost, trying again") — wherever it is: returned by a selector,
 * kept in a table of labels, thrown as an error a dialog shows.
 */
const SENTENCE = /^\s*\p{Lu}[\p{Ll}’']+[ ,:;]+\p{Ll}/u

/** Readable means it has a letter; "·", "—", "%", "×" and numbers are not words to translate. */
const WORDS = /\p{L}{2,}/u

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…')
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression)
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return literalText(node.body)
  if (ts.isConditionalExpression(node)) {
    return literalText(node.whenTrue) ?? literalText(node.whenFalse)
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return literalText(node.right)
  }
  return null
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text
  return null
}

export function findLiteralStrings(file: string, source: string): LiteralString[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const lines = source.split('\n')
  const exempt = (line: number) =>
    /i18n-exempt/.test(lines[line - 1] ?? '') || /i18n-exempt/.test(lines[line - 2] ?? '')
  const found: LiteralString[] = []
  const reported = new Set<ts.Node>()
  const report = (node: ts.Node, text: string) => {
    if (!WORDS.test(text)) return
    reported.add(node)
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
    if (!exempt(line)) found.push({ file, line, text: text.trim().slice(0, 80) })
  }
  const insideReported = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node; at; at = at.parent) if (reported.has(at)) return true
    return false
  }
  const developerFacing = (node: ts.Node): boolean => {
    const parent = node.parent
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true
    if (ts.isExternalModuleReference(parent) || ts.isLiteralTypeNode(parent)) return true
    // console.warn('Could not …'): for developers, in their language.
    return (
      ts.isCallExpression(parent) &&
      ts.isPropertyAccessExpression(parent.expression) &&
      ts.isIdentifier(parent.expression.expression) &&
      parent.expression.expression.text === 'console'
    )
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, node.text)
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf)
      if (READABLE_ATTRIBUTES.has(name)) {
        const init = node.initializer
        const text = ts.isJsxExpression(init)
          ? init.expression && literalText(init.expression)
          : literalText(init)
        if (text) report(init, text)
      }
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const text = literalText(node.expression)
      if (text) report(node, text)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : null
      const index = name === null ? undefined : READABLE_CALLS.get(name)
      const arg = index === undefined ? undefined : node.arguments[index]
      const text = arg && literalText(arg)
      if (arg && text) report(arg, text)
    } else if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name)
      if (name && READABLE_PROPERTIES.has(name)) {
        const text = literalText(node.initializer)
        if (text) report(node.initializer, text)
      }
    } else if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)) &&
      !insideReported(node) &&
      !developerFacing(node)
    ) {
      const text = literalText(node)
      if (text && SENTENCE.test(text)) report(node, text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}
