import '../../../lib/pdf-data-url-fetch.js';
import { Document, Font, Image, Page, StyleSheet, Text, View, pdf } from '@react-pdf/renderer';
import fontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import QRCode from 'qrcode';
import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../../../domain/check/types.js';
import { fmtDate } from '../../../lib/format.js';
import { printRows } from '../print-rows.js';
import { dataAsOf } from '../../../lib/check/enquiry-summary.js';

/**
 * The bilingual A4 PDF of a result, with the Noto Sans SC TTF embedded (react-pdf subsets it).
 * Loaded lazily: neither react-pdf nor the font are in the initial bundle.
 */
Font.register({ family: 'NotoSansSC', src: fontUrl });
Font.registerHyphenationCallback((w) => [w]);

const s = StyleSheet.create({
  page: { fontFamily: 'NotoSansSC', fontSize: 10, padding: 36 },
  h1: { fontSize: 16, marginBottom: 8 },
  row: { flexDirection: 'row', borderBottom: '1pt solid #94a3b8', paddingVertical: 4 },
  th: { width: 140, paddingRight: 6 },
  td: { flex: 1 },
  en: { color: '#334155' },
  foot: { marginTop: 12, flexDirection: 'row' },
  qr: { width: 96, height: 96, marginRight: 12 },
  small: { fontSize: 8 },
});

export async function makeResultPdf(
  r: CheckResult,
  link: string,
  zh: TFunction,
  en: TFunction,
  zhName?: string,
): Promise<Blob> {
  const tf = r.tariff;
  const qr = await QRCode.toDataURL(link, { margin: 1, width: 200 });
  const asOf = dataAsOf(r);
  const rows = printRows(r, zhName);
  const doc = (
    <Document title={`${zh('print.title')} ${en('print.title')}`} language="zh-CN">
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>
          {zh('print.title')} {en('print.title')}
        </Text>
        {rows.map(([k, v]) => (
          <View key={k} style={s.row}>
            <View style={s.th}>
              <Text>{zh(k)}</Text>
              <Text style={s.en}>{en(k)}</Text>
            </View>
            <View style={s.td}>
              <Text>{v(zh, 'zh-CN')}</Text>
              <Text style={s.en}>{v(en, 'en')}</Text>
            </View>
          </View>
        ))}
        <View style={s.foot}>
          <Image src={qr} style={s.qr} />
          <View style={s.td}>
            <Text>{zh('result.dataDate', { date: fmtDate(asOf, 'zh-CN') })}</Text>
            <Text style={s.en}>{en('result.dataDate', { date: fmtDate(asOf, 'en') })}</Text>
            <Text style={s.small}>
              {zh('print.sources')}: {tf.sources.map((x) => `${x.title} (${x.asOf})`).join('; ')}
            </Text>
            <Text style={s.small}>{zh('print.disclaimer')}</Text>
            <Text style={s.small}>{en('print.disclaimer')}</Text>
            <Text style={s.small}>{link}</Text>
          </View>
        </View>
      </Page>
    </Document>
  );
  return pdf(doc).toBlob();
}
