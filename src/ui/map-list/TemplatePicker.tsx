// The template choice of the "New map" dialog: one radio card per template with its name, what
// it is for, and a miniature of its columns. Native radios give arrow-key navigation for free.

import { useId } from 'react'
import { phaseColorAt } from '../../domain/defaults'
import type { JourneyTemplate } from '../../domain/templates'
import { useT } from '../../state/locale'

interface TemplatePickerProps {
  templates: readonly JourneyTemplate[]
  value: string
  onChange(id: string): void
}

export function TemplatePicker({ templates, value, onChange }: TemplatePickerProps) {
  const name = useId()
  const t = useT()
  return (
    <fieldset className="ml-templates">
      <legend className="ml-label">{t.templates.picker.legend}</legend>
      <div className="ml-templates__grid">
        {templates.map((template) => (
          <TemplateOption
            key={template.id}
            group={name}
            template={template}
            checked={template.id === value}
            onSelect={() => onChange(template.id)}
          />
        ))}
      </div>
    </fieldset>
  )
}

interface TemplateOptionProps {
  group: string
  template: JourneyTemplate
  checked: boolean
  onSelect(): void
}

function TemplateOption({ group, template, checked, onSelect }: TemplateOptionProps) {
  const id = `${group}-${template.id}`
  const t = useT()
  return (
    <label className="ml-template" htmlFor={id} data-template={template.id}>
      <input
        id={id}
        type="radio"
        name={group}
        value={template.id}
        checked={checked}
        onChange={onSelect}
        className="ml-template__radio"
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-description ${id}-phases`}
        {...(checked ? { 'data-autofocus': true } : {})}
      />
      <ColumnsPreview names={template.phaseNames} />
      <span id={`${id}-name`} className="ml-template__name">
        {template.name}
      </span>
      <span id={`${id}-description`} className="ml-template__description">
        {template.description}
      </span>
      <span id={`${id}-phases`} className="ml-template__phases">
        {template.phaseNames.length > 0 ? (
          <>
            <span className="visually-hidden">{t.templates.picker.phases}</span>
            {template.phaseNames.join(' → ')}
          </>
        ) : (
          t.templates.picker.noPhases
        )}
      </span>
    </label>
  )
}

/** A miniature of the template's columns, coloured as the editor will colour them. */
function ColumnsPreview({ names }: { names: readonly string[] }) {
  if (names.length === 0) {
    return <span className="ml-preview ml-preview--blank" aria-hidden="true" />
  }
  return (
    <span className="ml-preview" aria-hidden="true">
      {names.map((name, index) => (
        <span key={name} className="ml-preview__column">
          <span className="ml-preview__header" style={{ background: phaseColorAt(index) }} />
          <span className="ml-preview__card" />
          <span className="ml-preview__card" />
        </span>
      ))}
    </span>
  )
}
