import type { LocalText } from '../../../domain/schemas/index.js';

/**
 * Plain Chinese and English descriptions of the goods named by the numbered cases and the proviso of Annex 3A
 * (HS 2022) rows, written by the project from the Korean statutory wording (raw mirror psr/rcep-psr-hs2022-ko.tsv).
 * They are the project's own words, not an official translation; the Korean text stays in `ko` beside them.
 * Keyed by the Korean goods text with all whitespace removed (the statute's spacing is irregular).
 */
export const CASE_GOODS: Record<string, { zh: string; en: string }> = {
  // 0304.39, 0304.69 case 1
  '잉어[카틀라카틀라(Catlacatla)ㆍ오스테오킬루스하셀티(Osteochilushasselti)ㆍ렙토바르부스호에베니(Leptobarbushoeveni)ㆍ사이프리너스(Cyprinus)속{사이프리너스카르피오(Cyprinuscarpio)는제외한다}ㆍ카라시우스(Carassius)속{카라시우스카라시우스(Carassiuscarassius)는제외한다}ㆍ라베오(Labeo)속ㆍ메갈로브라마(Megalobrama)속]':
    {
      zh: '鲤科鱼类：卡特拉鲃（Catla catla）、哈氏纹唇鱼（Osteochilus hasselti）、霍氏细须鲃（Leptobarbus hoeveni）、鲤属（Cyprinus，不包括鲤鱼 Cyprinus carpio）、鲫属（Carassius，不包括黑鲫 Carassius carassius）、野鲮属（Labeo）、鲂属（Megalobrama）',
      en: 'Carp: Catla catla, Osteochilus hasselti, Leptobarbus hoeveni, Cyprinus spp. (not Cyprinus carpio), Carassius spp. (not Carassius carassius), Labeo spp., Megalobrama spp.',
    },
  // 1601.00, 1602.10, 1602.90 case 1
  곤충: { zh: '用昆虫制成的', en: 'Made of insects' },
  // 2404.19 case 1
  제조한담배대용물: { zh: '制成的烟草代用品', en: 'Manufactured tobacco substitutes' },
  // 2909.60 case 1
  과산화아세탈과과산화헤미아세탈: { zh: '过氧化缩醛和过氧化半缩醛', en: 'Acetal and hemiacetal peroxides' },
};

/** The proviso of heading 38.08, in the project's words (Korean: "유효성분(들)의 전 중량의 100분의 50 이상이 원산지제품인 경우로 한정한다"). */
export function activeIngredientsText(ko: string, minPct: number): LocalText {
  return {
    ko,
    zh: `有效成分（一种或多种）总重量中至少${minPct}%是原产货物`,
    en: `at least ${minPct} % by weight of the active ingredient(s) is originating`,
  };
}
