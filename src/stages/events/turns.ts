// How modality and negation turn an event's code, following the CAMEO codebook's parallel
// sections: the thing appealed for (02x), demanded (10x), intended (03x) or rejected (12x)
// keeps its kind ("open a base" 062 → appeal for military cooperation 0212, reject 1212).

export type Turn = 'appeal' | 'demand' | 'intent' | 'refuse';

const APPEAL_BY_ROOT: Record<string, string> = { '01': '020', '02': '020', '03': '020', '04': '026', '05': '022', '06': '021', '07': '023', '08': '025', '09': '020' };
const APPEAL_EXACT: Record<string, string> = {
  '061': '0211', '062': '0212', '063': '0213', '064': '0214', '071': '0231', '072': '0232', '073': '0233', '074': '0234',
  '045': '028', '081': '0251', '082': '0252', '084': '0253', '0841': '0253', '0842': '0253', '085': '0254', '086': '0255', '087': '0256', '0871': '0256',
  '024': '024', '026': '026', '023': '023', '0231': '0231', '037': '027',
};

const DEMAND_BY_ROOT: Record<string, string> = { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105' };
const DEMAND_EXACT: Record<string, string> = {
  '061': '1011', '062': '1012', '063': '1013', '064': '1014', '071': '1031', '072': '1032', '073': '1033', '074': '1034',
  '045': '108', '081': '1051', '082': '1052', '084': '1053', '0841': '1053', '0842': '1053', '085': '1054', '086': '1055', '087': '1056', '0871': '1056',
};

const INTENT_BY_ROOT: Record<string, string> = {
  '01': '030', '04': '036', '05': '032', '06': '031', '07': '033', '08': '035',
  '14': '133', '15': '138', '16': '131', '17': '137', '18': '138', '19': '138', '20': '138',
};
const INTENT_EXACT: Record<string, string> = {
  '061': '0311', '062': '0312', '063': '0313', '064': '0314', '071': '0331', '072': '0332', '073': '0333', '074': '0334',
  '045': '039', '081': '0351', '082': '0352', '084': '0353', '0841': '0353', '0842': '0353', '085': '0354', '086': '0355', '087': '0356', '0871': '0356',
  '057': '057', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '190': '1384', '191': '1381', '192': '1382', '195': '1384', '204': '1385',
};

const REFUSE_BY_ROOT: Record<string, string> = { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };
const REFUSE_EXACT: Record<string, string> = {
  '061': '1211', '062': '1212', '071': '1221', '072': '1222', '073': '1223', '074': '1224', '045': '126', '057': '127',
  '081': '1241', '082': '1242', '084': '1243', '0841': '1243', '0842': '1243', '085': '1244', '086': '1245', '087': '1246', '0871': '1246',
  // an intent refused is the thing refused
  '031': '121', '0311': '1211', '0312': '1212', '033': '122', '0331': '1221', '0332': '1222', '036': '125', '032': '120', '030': '120',
};

/** The code an event takes under a turn; undefined when the turn leaves no event (a negated attack). */
export function turnCode(code: string, turn: Turn): string | undefined {
  const root = code.slice(0, 2);
  switch (turn) {
    case 'appeal':
      if (Number(root) >= 10) return '020';
      return APPEAL_EXACT[code] ?? APPEAL_EXACT[code.slice(0, 3)] ?? APPEAL_BY_ROOT[root];
    case 'demand':
      if (Number(root) >= 9) return '100';
      return DEMAND_EXACT[code] ?? DEMAND_EXACT[code.slice(0, 3)] ?? DEMAND_BY_ROOT[root] ?? '100';
    case 'intent':
      if (root === '02' || root === '03' || root === '09' || root === '10' || root === '11' || root === '12' || root === '13') return code;
      return INTENT_EXACT[code] ?? INTENT_EXACT[code.slice(0, 3)] ?? INTENT_BY_ROOT[root];
    case 'refuse':
      return REFUSE_EXACT[code] ?? REFUSE_EXACT[code.slice(0, 3)] ?? REFUSE_BY_ROOT[root];
  }
}
