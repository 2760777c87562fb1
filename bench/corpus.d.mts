/** The paragraphs of the bundled example articles (examples/*.txt), in file order. */
export function exampleParagraphs(root: string): string[];
