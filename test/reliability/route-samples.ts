/**
 * One valid request per API route (by operationId), the base that the bad-input and security suites
 * mutate one field at a time. A route missing here fails those suites, so new routes get covered.
 */
export const VALID_CHECK = {
  code: '8509.80',
  dest: 'JP',
  date: '2026-11-24',
  currency: 'USD',
  value: 100,
  origin: { mode: 'quick', share: 45, wholly: false },
};

/** GET query parameters: every key of the route's query schema. */
export const VALID_QUERIES: Record<string, Record<string, string>> = {
  getHealth: {},
  getMeta: {},
  getOpenApi: {},
  getDocs: {},
  search: { q: '摩托车', dest: 'VN', limit: '5' },
  getTariff: {
    dest: 'JP',
    code: '8509.80',
    origin: 'CN',
    date: '2026-11-24',
    value: '100',
    currency: 'USD',
    quantity: '1',
  },
  checkQuick: {
    dest: 'JP',
    code: '8509.80',
    date: '2026-11-24',
    share: '45',
    wholly: 'false',
    value: '100',
    currency: 'USD',
    quantity: '1',
    size: 'small-micro',
    aeo: 'none',
    district: 'fuling',
    direction: 'export',
    firmTypes: 'zhuanjingtexin',
    exportModels: 'e-commerce',
    investor: 'false',
    creditInsurance: 'false',
  },
  getProgrammes: {
    dest: 'JP',
    code: '8509.80',
    verdict: 'originating',
    size: 'small-micro',
    aeo: 'none',
    district: 'fuling',
    direction: 'export',
    firmTypes: 'zhuanjingtexin',
    exportModels: 'e-commerce',
    investor: 'false',
    creditInsurance: 'false',
    rateGain: 'true',
  },
  getContacts: { programme: 'certificate-of-origin' },
  getCatalogue: { dest: 'JP' },
  getBriefing: { dest: 'JP', chapters: '61', date: '2026-11-24', by: 'heading' },
  getLine: {},
  getEnquiry: {},
  getFeedback: {},
};

/** Path parameters (the pack routes named after a pack have none). */
export const VALID_PARAMS: Record<string, string> = {
  dest: 'JP',
  code: '8509.80.000',
  id: '00000000-0000-4000-8000-000000000000',
  reference: 'FB-2026-000001',
};

/** POST bodies and the dotted paths of every text field in them. */
export const VALID_BODIES: Record<string, { body: Record<string, unknown>; text: string[] }[]> = {
  check: [{ body: VALID_CHECK, text: ['code', 'dest', 'date', 'currency', 'origin.mode'] }],
  evaluateOrigin: [
    {
      body: { hs: '8509.80', fob: 100, materials: [{ hs: '8501.10', origin: 'JP', value: 30, desc: 'motor' }] },
      text: ['hs', 'materials.0.hs', 'materials.0.origin', 'materials.0.desc'],
    },
    { body: { code: '8509.80', share: 45 }, text: ['code'] },
  ],
  createEnquiry: [
    {
      body: {
        answers: VALID_CHECK,
        summary: { status: 'reduced', verdict: 'originating', programmes: ['p'], notes: ['n'] },
        lang: 'zh-CN',
      },
      text: [
        'answers.code',
        'answers.dest',
        'answers.date',
        'answers.currency',
        'summary.status',
        'summary.verdict',
        'summary.programmes.0',
        'summary.notes.0',
        'lang',
      ],
    },
  ],
  createFeedback: [
    {
      body: {
        topic: 'other',
        message: '进口国海关不认可原产地证书',
        dest: 'JP',
        code: '8509.80',
        contact: { name: '张三', firm: '重庆某公司', email: 'firm@example.com', phone: '023-6000 0000' },
        consent: true,
      },
      text: ['topic', 'message', 'dest', 'code', 'contact.name', 'contact.firm', 'contact.email', 'contact.phone'],
    },
  ],
};

/** Free-text fields of the records (stored as sent): the SQL/XSS payloads go here. */
export const STORED_TEXT = {
  createEnquiry: ['answers.code', 'summary.status', 'summary.verdict', 'summary.programmes.0', 'summary.notes.0'],
  createFeedback: ['message', 'code', 'contact.name', 'contact.firm'],
};
