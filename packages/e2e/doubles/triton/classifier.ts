// Deterministic keyword classifiers standing in for the two router ensembles.
// The class lists and their order are the real models' (see the runtime contract);
// the controller's routing table is indexed by this order. First matching rule wins.
export const TASK_CLASSES = [
  'Brainstorming', 'Chatbot', 'Classification', 'Closed QA', 'Code Generation', 'Extraction',
  'Open QA', 'Other', 'Rewrite', 'Summarization', 'Text Generation', 'Unknown',
] as const;

export const COMPLEXITY_CLASSES = [
  'Creativity', 'Reasoning', 'Contextual-Knowledge', 'Few-Shot', 'Domain-Knowledge', 'No-Label-Reason', 'Constraint',
] as const;

interface Rule { label: string; keywords: readonly string[] }

/** Task router rules, checked in this order (documented in doubles/README.md). */
export const TASK_RULES: readonly Rule[] = [
  { label: 'Code Generation', keywords: ['code', 'function', 'python', 'javascript', 'typescript', 'program', 'compile', 'sql', 'regex', 'bug'] },
  { label: 'Summarization', keywords: ['summarize', 'summarise', 'summary', 'tl;dr'] },
  { label: 'Rewrite', keywords: ['rewrite', 'rephrase', 'paraphrase', 'reword'] },
  { label: 'Classification', keywords: ['classify', 'categorize', 'categorise', 'sentiment'] },
  { label: 'Extraction', keywords: ['extract', 'list all', 'pull out'] },
  { label: 'Brainstorming', keywords: ['brainstorm', 'ideas'] },
  { label: 'Closed QA', keywords: ['according to', 'based on the text', 'in the passage'] },
  { label: 'Chatbot', keywords: ['hello', 'hi ', 'hey', 'how are you', 'thanks', 'thank you'] },
  { label: 'Text Generation', keywords: ['write', 'story', 'poem', 'essay', 'generate'] },
  { label: 'Open QA', keywords: ['what', 'why', 'how', 'who', 'when', 'where', '?'] },
];

/** Complexity router rules, checked in this order. */
export const COMPLEXITY_RULES: readonly Rule[] = [
  { label: 'Few-Shot', keywords: ['for example', 'examples', 'example:', 'e.g.'] },
  { label: 'Constraint', keywords: ['at most', 'exactly', 'no more than', 'must', 'without using'] },
  { label: 'Contextual-Knowledge', keywords: ['according to', 'given the context', 'based on', 'context'] },
  { label: 'Reasoning', keywords: ['prove', 'why', 'reason', 'step by step', 'solve', 'calculate', 'logic'] },
  { label: 'Domain-Knowledge', keywords: ['medical', 'legal', 'law', 'physics', 'chemistry', 'finance', 'kubernetes', 'quantum'] },
  { label: 'Creativity', keywords: ['story', 'poem', 'imagine', 'creative', 'invent'] },
];

export interface Classifier {
  classes: readonly string[];
  /** Returns the class index for one text. */
  classify(text: string): number;
}

function ruleClassifier(classes: readonly string[], rules: readonly Rule[], fallback: string, empty: string): Classifier {
  const indexOf = (label: string) => {
    const i = classes.indexOf(label);
    if (i < 0) throw new Error(`classifier rule names unknown class '${label}'`);
    return i;
  };
  const compiled = rules.map((r) => ({ index: indexOf(r.label), keywords: r.keywords }));
  const fallbackIndex = indexOf(fallback);
  const emptyIndex = indexOf(empty);
  return {
    classes,
    classify(text: string): number {
      const t = ` ${text.toLowerCase()} `;
      if (text.trim() === '') return emptyIndex;
      for (const rule of compiled) if (rule.keywords.some((k) => t.includes(k))) return rule.index;
      return fallbackIndex;
    },
  };
}

export const CLASSIFIERS: Record<string, Classifier> = {
  task_router_ensemble: ruleClassifier(TASK_CLASSES, TASK_RULES, 'Other', 'Unknown'),
  complexity_router_ensemble: ruleClassifier(COMPLEXITY_CLASSES, COMPLEXITY_RULES, 'No-Label-Reason', 'No-Label-Reason'),
};

export function oneHot(index: number, size: number): number[] {
  return Array.from({ length: size }, (_, i) => (i === index ? 1 : 0));
}
