// Paper sizes and layouts of the PDF export, apart from the PDF code so the Export dialog can
// list them without loading jsPDF.

/** Landscape sheet sizes in points (ISO 216). */
export const PAPERS = {
  a3: { width: 1190.55, height: 841.89 },
  a2: { width: 1683.78, height: 1190.55 },
  a1: { width: 2383.94, height: 1683.78 },
  a0: { width: 3370.39, height: 2383.94 },
} as const
/** A sheet size, or 'fit': one page the size of the map. */
export type Paper = keyof typeof PAPERS | 'fit'
export const PAPER_IDS: readonly Paper[] = ['a3', 'a2', 'a1', 'a0', 'fit']
export type PdfLayout = 'poster' | 'tiled'
