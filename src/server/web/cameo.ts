// CAMEO root categories, for labelling event codes (the code's first two digits).
export const CAMEO_ROOTS: Record<string, string> = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};

const CODES: Record<string, string> = {
  '042': 'Make a visit', '043': 'Host a visit', '046': 'Engage in negotiation', '057': 'Sign formal agreement',
  '0212': 'Appeal for military cooperation', '0312': 'Express intent to engage in military cooperation',
  '1212': 'Reject request for military cooperation', '062': 'Cooperate militarily', '036': 'Express intent to meet or negotiate',
  '010': 'Make statement', '012': 'Make pessimistic comment', '013': 'Make optimistic comment', '051': 'Praise or endorse',
  '071': 'Provide economic aid', '112': 'Accuse', '120': 'Reject', '130': 'Threaten', '190': 'Use conventional military force',
};

export function cameoLabel(code: string): string {
  return CODES[code] ?? CAMEO_ROOTS[code.slice(0, 2)] ?? 'Event';
}
