// DEMO TARGET: not a Plasmatic product.
//
// A small, dependency-free stand-in for a message-transformation service, shaped like Reframe's
// HTTP API (v2 `/transform/*` and v3 `/api/transform`) so that `npm run demo` can benchmark
// something realistic offline. It really parses SWIFT MT block structure and a few pacs.008
// elements, but it is a demo: the mapping covers a handful of fields and no validation rules.
//
// Run: `PORT=8787 HOST=127.0.0.1 node products/demo/server.js`
//
// `DEMO_DELAY_MS` (default 0) delays every transform response by that many milliseconds with a
// timer, not CPU work, so the demo can run against a slowed copy of itself on another port
// (configs/demo-ab.yml) and an A/B has a known regression to find.
import http from 'node:http';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const delayMs = Number(process.env.DEMO_DELAY_MS ?? 0);
if (!Number.isFinite(delayMs) || delayMs < 0) {
  process.stderr.write(
    `demo target: DEMO_DELAY_MS must be a number >= 0, got "${process.env.DEMO_DELAY_MS}"\n`,
  );
  process.exit(1);
}
// Bodies above this are refused rather than buffered: a demo should not be an easy OOM.
const maxBodyBytes = 1024 * 1024;

/** Escape text for XML element content and attribute values. */
function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Undo `escapeXml` (and numeric references) for values read back from XML. */
function unescapeXml(text) {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Split an MT message into its blocks: `{1:...}{2:...}{3:{...}}{4:\n...\n-}{5:...}`.
 * Returns a map of block id to raw content, or an error string.
 */
function splitMtBlocks(text) {
  const blocks = {};
  let i = 0;
  const source = text.trim();
  while (i < source.length) {
    if (source[i] !== '{') return { error: `unexpected character at offset ${i}` };
    const colon = source.indexOf(':', i);
    if (colon < 0) return { error: `block at offset ${i} has no identifier` };
    const id = source.slice(i + 1, colon);
    if (!/^[1-5A-Z]$/.test(id)) return { error: `unknown block identifier "${id}"` };
    // Blocks nest one level (block 3 and 5 hold {tag:value} groups): count braces.
    let depth = 1;
    let j = colon + 1;
    while (j < source.length && depth > 0) {
      if (source[j] === '{') depth += 1;
      else if (source[j] === '}') depth -= 1;
      j += 1;
    }
    if (depth !== 0) return { error: `block ${id} is not closed` };
    blocks[id] = source.slice(colon + 1, j - 1);
    i = j;
    while (i < source.length && /\s/.test(source[i])) i += 1;
  }
  return { blocks };
}

/** Parse block 4 (`\n:20:REF\n:32A:...\n-`) into ordered `{ tag, value }` fields. */
function parseTextBlock(block4) {
  const body = block4.replace(/\r\n/g, '\n');
  if (!body.startsWith('\n') || !/\n-\s*$/.test(body)) {
    return { error: 'block 4 must start with a line break and end with "-"' };
  }
  const fields = [];
  const lines = body
    .slice(1)
    .replace(/\n-\s*$/, '')
    .split('\n');
  for (const line of lines) {
    const match = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (match) fields.push({ tag: match[1], value: match[2] });
    else if (fields.length > 0) fields[fields.length - 1].value += `\n${line}`;
    else return { error: `block 4 starts with "${line.slice(0, 20)}" instead of a field tag` };
  }
  if (fields.length === 0) return { error: 'block 4 holds no fields' };
  return { fields };
}

/** Parse an MT message into header details and fields, or return `{ error }`. */
function parseMt(text) {
  const split = splitMtBlocks(text);
  if (split.error) return split;
  const { blocks } = split;
  const basic = /^F01([A-Z0-9]{12})(\d{4})(\d{6})$/.exec(blocks['1'] ?? '');
  if (!basic) return { error: 'block 1 (basic header) is missing or malformed' };
  const app = /^([IO])(\d{3})([A-Z0-9]{12}|\d{10}([A-Z0-9]{12}))/.exec(blocks['2'] ?? '');
  if (!app) return { error: 'block 2 (application header) is missing or malformed' };
  if (blocks['4'] === undefined) return { error: 'block 4 (text block) is missing' };
  const text4 = parseTextBlock(blocks['4']);
  if (text4.error) return text4;
  // Input messages name the receiver in block 2; output messages name the sender there (in the
  // message input reference) and the receiver in block 1.
  const local = basic[1];
  const other = app[1] === 'I' ? app[3] : (app[4] ?? app[3]);
  const [senderLt, receiverLt] = app[1] === 'I' ? [local, other] : [other, local];
  return {
    messageType: `MT${app[2]}`,
    senderBic: senderLt.slice(0, 8) + senderLt.slice(9, 12),
    receiverBic: receiverLt.slice(0, 8) + receiverLt.slice(9, 12),
    fields: text4.fields,
  };
}

/** First value of a tag (or any of several tag variants). */
function fieldValue(fields, ...tags) {
  return fields.find((field) => tags.includes(field.tag))?.value;
}

/** Split an account/name party field (`/ACCOUNT\nNAME\nADDRESS`) into parts. */
function parseParty(value) {
  if (value === undefined) return { name: undefined, account: undefined };
  const lines = value.split('\n');
  const account = lines[0]?.startsWith('/') ? lines.shift()?.slice(1) : undefined;
  return { account, name: lines[0], address: lines.slice(1) };
}

/** Split an agent field (`/ACCOUNT\nBIC` or `BIC`) into account and BIC. */
function parseAgent(value) {
  if (value === undefined) return { account: undefined, bic: undefined };
  const lines = value.split('\n');
  const account = lines[0]?.startsWith('/') ? lines.shift()?.slice(1) : undefined;
  return { account, bic: lines[0] };
}

/** Customer transfers map to pacs.008, bank-to-bank transfers to pacs.009. */
const mxByMtType = {
  MT103: { root: 'FIToFICstmrCdtTrf', ns: 'pacs.008.001.08', name: 'pacs.008' },
  MT202: { root: 'FICdtTrf', ns: 'pacs.009.001.08', name: 'pacs.009' },
  MT205: { root: 'FICdtTrf', ns: 'pacs.009.001.08', name: 'pacs.009' },
};

/** MT103 → pacs.008, MT202/MT205 → pacs.009: a handful of fields, escaped. */
function mtToMx(text) {
  const parsed = parseMt(text);
  if (parsed.error) return { errors: [`MT parse error: ${parsed.error}`] };
  const target = mxByMtType[parsed.messageType];
  if (!target) return { errors: [`${parsed.messageType} is not mapped by the demo target`] };
  const { fields } = parsed;
  const reference = fieldValue(fields, '20');
  const valueField = fieldValue(fields, '32A');
  if (!reference) return { errors: ['field 20 (sender reference) is missing'] };
  const amount = /^(\d{2})(\d{2})(\d{2})([A-Z]{3})(\d+,\d*)$/.exec(valueField ?? '');
  if (!amount) {
    return { errors: ['field 32A (value date, currency, amount) is missing or malformed'] };
  }
  const [, yy, mm, dd, currency, rawAmount] = amount;
  const amountText = rawAmount.replace(',', '.').replace(/\.$/, '.00');
  const e = (value) => escapeXml(value ?? '');
  const account = (tag, id) =>
    id ? `<${tag}><Id><Othr><Id>${e(id)}</Id></Othr></Id></${tag}>` : '';
  const agent = (tag, bic) => `<${tag}><FinInstnId><BICFI>${e(bic)}</BICFI></FinInstnId></${tag}>`;
  const warnings = [];
  let parties;
  if (target.root === 'FICdtTrf') {
    const debtor = parseAgent(fieldValue(fields, '52A'));
    const creditor = parseAgent(fieldValue(fields, '58A'));
    if (!creditor.bic) return { errors: ['field 58A (beneficiary institution) is missing'] };
    parties =
      agent('Dbtr', debtor.bic ?? parsed.senderBic) +
      account('DbtrAcct', debtor.account) +
      agent('Cdtr', creditor.bic) +
      account('CdtrAcct', creditor.account);
  } else {
    const debtor = parseParty(fieldValue(fields, '50K', '50F', '50A'));
    const creditor = parseParty(fieldValue(fields, '59', '59A', '59F'));
    if (!debtor.name) warnings.push('no ordering customer (50a): Dbtr left empty');
    if (!creditor.name) warnings.push('no beneficiary (59a): Cdtr left empty');
    const charges = { SHA: 'SHAR', OUR: 'DEBT', BEN: 'CRED' }[fieldValue(fields, '71A') ?? 'SHA'];
    parties =
      `<ChrgBr>${charges ?? 'SHAR'}</ChrgBr>` +
      `<Dbtr><Nm>${e(debtor.name)}</Nm></Dbtr>${account('DbtrAcct', debtor.account)}` +
      `<Cdtr><Nm>${e(creditor.name)}</Nm></Cdtr>${account('CdtrAcct', creditor.account)}`;
  }
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${target.ns}"><${target.root}>` +
    `<GrpHdr><MsgId>${e(reference)}</MsgId><CreDtTm>${new Date().toISOString()}</CreDtTm>` +
    '<NbOfTxs>1</NbOfTxs><SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>' +
    `<CdtTrfTxInf><PmtId><InstrId>${e(reference)}</InstrId>` +
    `<EndToEndId>${e(fieldValue(fields, '21') ?? reference)}</EndToEndId></PmtId>` +
    `<IntrBkSttlmAmt Ccy="${e(currency)}">${e(amountText)}</IntrBkSttlmAmt>` +
    `<IntrBkSttlmDt>20${yy}-${mm}-${dd}</IntrBkSttlmDt>` +
    agent('InstgAgt', parsed.senderBic) +
    agent('InstdAgt', parsed.receiverBic) +
    parties +
    `</CdtTrfTxInf></${target.root}></Document>`;
  return { result: xml, warnings, messageType: parsed.messageType };
}

// Patterns per tag name, built once: compiling them per request would dominate the cost.
const textPatterns = new Map();
const elementPatterns = new Map();

/** Text of the first `<tag>` element in `xml` (any namespace prefix). */
function xmlText(xml, tag) {
  let pattern = textPatterns.get(tag);
  if (pattern === undefined) {
    pattern = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?${tag}>`);
    textPatterns.set(tag, pattern);
  }
  const match = pattern.exec(xml);
  return match ? unescapeXml(match[1].trim()) : undefined;
}

/** The inner XML of the first `<tag>...</tag>`. */
function xmlElement(xml, tag) {
  let pattern = elementPatterns.get(tag);
  if (pattern === undefined) {
    pattern = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:\\w+:)?${tag}>`);
    elementPatterns.set(tag, pattern);
  }
  const match = pattern.exec(xml);
  return match ? match[1] : undefined;
}

/** Pad a BIC8 to the 12-character logical terminal address MT headers use. */
function terminalAddress(bic) {
  const bic11 = bic.length === 8 ? `${bic}XXX` : bic;
  return `${bic11.slice(0, 8)}A${bic11.slice(8, 11)}`;
}

/** A pacs.008 document → an MT103 message; a pacs.009 → an MT202. */
function mxToMt(xml) {
  if (!/<(?:\w+:)?Document[\s>]/.test(xml)) {
    return { errors: ['no ISO 20022 <Document> element found'] };
  }
  const customer = /<(?:\w+:)?FIToFICstmrCdtTrf>/.test(xml);
  if (!customer && !/<(?:\w+:)?FICdtTrf>/.test(xml)) {
    return { errors: ['only pacs.008 and pacs.009 are mapped by the demo target'] };
  }
  const tx = xmlElement(xml, 'CdtTrfTxInf');
  if (tx === undefined) return { errors: ['CdtTrfTxInf is missing'] };
  const reference = xmlText(tx, 'InstrId') ?? xmlText(xml, 'MsgId');
  const amountMatch = /<(?:\w+:)?IntrBkSttlmAmt\s+Ccy="([A-Z]{3})"\s*>([\d.]+)</.exec(tx);
  const date = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(xmlText(tx, 'IntrBkSttlmDt') ?? '');
  if (!reference) return { errors: ['no InstrId or MsgId to use as field 20'] };
  if (!amountMatch) return { errors: ['IntrBkSttlmAmt with a Ccy attribute is missing'] };
  if (!date) return { errors: ['IntrBkSttlmDt (YYYY-MM-DD) is missing'] };
  const amount = amountMatch[2].includes('.')
    ? amountMatch[2].replace('.', ',')
    : `${amountMatch[2]},`;
  const bicOf = (tag) => xmlText(xmlElement(tx, tag) ?? '', 'BICFI');
  const sender = bicOf('InstgAgt') ?? 'DEMOXXXXXXX';
  const receiver = bicOf('InstdAgt') ?? 'DEMOXXXXXXX';
  const accountOf = (tag) => xmlText(xmlElement(tx, tag) ?? '', 'Id');
  const lines = (...parts) => parts.filter(Boolean).join('\n');
  const valueDate = `:32A:${date[1]}${date[2]}${date[3]}${amountMatch[1]}${amount}`;
  let mtType;
  let mtFields;
  if (customer) {
    const nameOf = (tag) => xmlText(xmlElement(tx, tag) ?? '', 'Nm');
    const debtorAccount = accountOf('DbtrAcct');
    const creditorAccount = accountOf('CdtrAcct');
    const charges = { SHAR: 'SHA', DEBT: 'OUR', CRED: 'BEN' }[xmlText(tx, 'ChrgBr') ?? 'SHAR'];
    mtType = '103';
    mtFields = [
      `:20:${reference.slice(0, 16)}`,
      ':23B:CRED',
      valueDate,
      `:50K:${lines(debtorAccount && `/${debtorAccount}`, nameOf('Dbtr'))}`,
      `:59:${lines(creditorAccount && `/${creditorAccount}`, nameOf('Cdtr'))}`,
      `:71A:${charges ?? 'SHA'}`,
    ];
  } else {
    const creditorBic = bicOf('Cdtr');
    if (!creditorBic) return { errors: ['Cdtr has no BICFI for field 58A'] };
    const creditorAccount = accountOf('CdtrAcct');
    mtType = '202';
    mtFields = [
      `:20:${reference.slice(0, 16)}`,
      `:21:${(xmlText(tx, 'EndToEndId') ?? reference).slice(0, 16)}`,
      valueDate,
      ...(bicOf('Dbtr') ? [`:52A:${bicOf('Dbtr')}`] : []),
      `:58A:${lines(creditorAccount && `/${creditorAccount}`, creditorBic)}`,
    ];
  }
  const mt =
    `{1:F01${terminalAddress(sender)}0000000000}{2:I${mtType}${terminalAddress(receiver)}N}{4:\n` +
    `${mtFields.join('\n')}\n-}`;
  return { result: mt, warnings: [], messageType: customer ? 'pacs.008' : 'pacs.009' };
}

/** Send a JSON answer. */
function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Reframe's v2 envelope. */
function envelope(outcome) {
  return outcome.errors
    ? { success: false, result: null, errors: outcome.errors, warnings: [] }
    : { success: true, result: outcome.result, errors: [], warnings: outcome.warnings };
}

/** Handle a parsed JSON request body for one of the transform routes. */
function transform(path, body) {
  const message = body?.message;
  if (typeof message !== 'string') {
    return { status: 400, body: { error: 'bad_request', message: '"message" must be a string' } };
  }
  if (path === '/transform/mt-to-mx') return { status: 200, body: envelope(mtToMx(message)) };
  if (path === '/transform/mx-to-mt') return { status: 200, body: envelope(mxToMt(message)) };
  // v3: the direction follows the message itself.
  const started = performance.now();
  const trimmed = message.trimStart();
  const outcome = trimmed.startsWith('{1:')
    ? mtToMx(message)
    : trimmed.startsWith('<')
      ? mxToMt(message)
      : { errors: ['message is neither SWIFT MT ({1:...) nor ISO 20022 XML (<...)'] };
  const processingMs = performance.now() - started;
  return {
    status: 200,
    body: {
      ...envelope(outcome),
      package: 'demo',
      message_type: outcome.messageType ?? null,
      processing_time_ms: Math.round(processingMs * 1000) / 1000,
    },
  };
}

const transformPaths = new Set(['/transform/mt-to-mx', '/transform/mx-to-mt', '/api/transform']);

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(res, 200, { status: 'ok', service: 'bench-action demo target' });
    return;
  }
  if (!transformPaths.has(path)) {
    req.resume();
    sendJson(res, 404, { error: 'not_found', message: `no route for ${req.method} ${path}` });
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    sendJson(res, 405, { error: 'method_not_allowed', message: `${path} accepts POST only` });
    return;
  }
  const chunks = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > maxBodyBytes && !refused) {
      refused = true;
      sendJson(res, 413, {
        error: 'payload_too_large',
        message: `body over ${maxBodyBytes} bytes`,
      });
    }
    if (!refused) chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused) return;
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      sendJson(res, 400, { error: 'bad_request', message: `invalid JSON body: ${error.message}` });
      return;
    }
    const answer = transform(path, body);
    if (delayMs > 0) setTimeout(() => sendJson(res, answer.status, answer.body), delayMs);
    else sendJson(res, answer.status, answer.body);
  });
});

// Load generators hold connections open; keep them longer than their idle pools do.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.on('error', (error) => {
  const reason =
    error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use` : error.message;
  process.stderr.write(`demo target: cannot listen: ${reason}\n`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`demo target (bench-action) listening on http://${host}:${shown}\n`);
});

/** Stop accepting, drop idle keep-alive sockets, and exit 0. */
function shutdown(signal) {
  process.stdout.write(`demo target: ${signal}, closing\n`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
