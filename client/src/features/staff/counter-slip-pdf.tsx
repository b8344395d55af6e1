import '../../lib/pdf-data-url-fetch.js';
import { Document, Font, Image, Page, StyleSheet, Text, View, pdf } from '@react-pdf/renderer';
import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import QRCode from 'qrcode';
import type { SlipModel } from './counter-slip-model.js';

/**
 * The counter slip as one A4 PDF page with the Noto Sans SC TTF embedded (react-pdf subsets it), so the
 * Chinese reads the same on any machine. Loaded lazily: react-pdf and the font stay out of the staff bundle.
 */
Font.register({ family: 'NotoSansSC', src: fontUrl });
Font.registerHyphenationCallback((w) => [w]);

const s = StyleSheet.create({
  page: { fontFamily: 'NotoSansSC', fontSize: 7, padding: 22, lineHeight: 1.2 },
  h1: { fontSize: 13, lineHeight: 1.5, marginBottom: 4 },
  h2: { fontSize: 9, marginTop: 5, marginBottom: 2 },
  head: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 2 },
  headItem: { marginRight: 14 },
  check: { flexDirection: 'row', borderTop: '1pt solid #475569', paddingTop: 2, marginTop: 3 },
  rows: { flex: 1 },
  row: { flexDirection: 'row', borderBottom: '0.5pt solid #cbd5e1', paddingVertical: 1 },
  th: { width: 88, paddingRight: 4 },
  td: { flex: 1 },
  en: { color: '#334155' },
  qr: { width: 58, height: 58, marginLeft: 6 },
  small: { fontSize: 6.5 },
});

export async function makeSlipPdf(m: SlipModel): Promise<Blob> {
  const qrs = await Promise.all(m.checks.map((c) => QRCode.toDataURL(c.link, { margin: 1, width: 160 })));
  const doc = (
    <Document title={`${m.title.zh} ${m.title.en}`} language="zh-CN">
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>
          {m.title.zh} {m.title.en}
        </Text>
        <View style={s.head}>
          {m.head.map((h) => (
            <Text key={h.label.en} style={s.headItem}>
              {h.label.zh} {h.label.en}：{h.value}
            </Text>
          ))}
        </View>
        {m.checks.map((c, i) => (
          <View key={c.link + i} style={s.check} wrap={false}>
            <View style={s.rows}>
              {c.rows.map((r) => (
                <View key={r.label.en} style={s.row}>
                  <Text style={s.th}>
                    {r.label.zh} <Text style={s.en}>{r.label.en}</Text>
                  </Text>
                  <View style={s.td}>
                    <Text>{r.value.zh}</Text>
                    {r.value.en && r.value.en !== r.value.zh ? <Text style={s.en}>{r.value.en}</Text> : null}
                  </View>
                </View>
              ))}
            </View>
            <Image src={qrs[i]} style={s.qr} />
          </View>
        ))}
        {m.programmes.length ? (
          <>
            <Text style={s.h2}>
              {m.programmesTitle.zh} {m.programmesTitle.en}
            </Text>
            {m.programmes.map((p) => (
              <View key={p.name.en} style={s.row}>
                <View style={s.td}>
                  <Text>
                    {p.name.zh} <Text style={s.en}>{p.name.en}</Text>
                  </Text>
                  <Text style={s.small}>
                    {p.applies.zh} / {p.applies.en}；{p.source}
                  </Text>
                  {p.units.map((u) => (
                    <Text key={u.name.en} style={s.small}>
                      {u.name.zh}（{u.role.zh}）：{u.contact.zh} / {u.name.en} ({u.role.en}): {u.contact.en}
                    </Text>
                  ))}
                </View>
              </View>
            ))}
          </>
        ) : null}
        <Text style={s.h2}>
          {m.nextTitle.zh} {m.nextTitle.en}
        </Text>
        <Text>{m.next.zh}</Text>
        <Text style={s.en}>{m.next.en}</Text>
        <Text style={s.h2}>
          {m.dataDate.zh} / {m.dataDate.en}
        </Text>
        <Text style={s.small}>{m.sources.join('；')}</Text>
        <Text style={s.small}>
          {m.disclaimer.zh} {m.disclaimer.en}
        </Text>
      </Page>
    </Document>
  );
  return pdf(doc).toBlob();
}
