// How the site names each seeded source (its short title, shown wherever a source is named: lists, notes,
// chart captions) and, for the five documents, the GB/T 7714 type each is cited as. Statistics sources are
// typed by their URL (lib/domain/citation.ts: data files are data sets, other pages online resources).
import type { CiteType } from "@/lib/domain/citation";

export type SourceName = { shortTitleZh: string; citeType?: CiteType };

export const sourceNames: Record<string, SourceName> = {
  // The documents: their own titles (subtitles and edition notes dropped). 000–002 are journal articles (abstract,
  // author's unit, editor's line; the journal is not named in the text), 003 a post on the NetEase Hao platform,
  // 004 a newspaper think-tank page (the paper is not named in the text).
  "doc-000": { shortTitleZh: "《扎实推动科技创新和产业创新深度融合》", citeType: "J" },
  "doc-001": { shortTitleZh: "《科技创新和产业创新融合发展探索实践》", citeType: "J" },
  "doc-002": { shortTitleZh: "《科技创新和产业创新融合发展的动力机制与实践路径研究》", citeType: "J" },
  "doc-003": { shortTitleZh: "《2025浦江创新论坛科技政策论坛综述》", citeType: "EB/OL" },
  "doc-004": { shortTitleZh: "《如何答好“双创融合”必答题？》", citeType: "N" },

  // Statistical tables: the publication in 《》 when it is the office's own; a copy says where it stands.
  "fx-shandong-yearbook-2003-16-12": { shortTitleZh: "《山东统计年鉴2003》" },
  "fx-wdi-pa-nus-fcrf-2026-07-github-copy": { shortTitleZh: "世界银行WDI官方汇率（GitHub存档）" },
  "gdppc-cq-yearbook-2008": { shortTitleZh: "《重庆统计年鉴2008》" },
  "gdppc-nbs-yearbook-2002": { shortTitleZh: "《中国统计年鉴2002》" },
  "gdppc-qh-yearbook-2014": { shortTitleZh: "《青海统计年鉴2014》" },
  "gdppc-csy2014-github-2011": { shortTitleZh: "《中国统计年鉴2014》2011年数（GitHub解析稿）" },
  "gdppc-csy2014-github-2013": { shortTitleZh: "《中国统计年鉴2014》2013年数（GitHub解析稿）" },
  "gdppc-csy2016-github-2015": { shortTitleZh: "《中国统计年鉴2016》（GitHub转录稿）" },
  "gdppc-csy2019-github-2018": { shortTitleZh: "《中国统计年鉴2019》（GitHub转录稿）" },
  "gdppc-china-governance-yearbook": { shortTitleZh: "分省GDP面板·年鉴口径（GitHub）" },
  "gdppc-china-governance-revised": { shortTitleZh: "分省GDP面板·修订序列（GitHub）" },
  "gdppc-hn-yearbook-2007": { shortTitleZh: "湖南统计年鉴（2006年数据）" },
  "cn-gdppc-csy2009-1-4": { shortTitleZh: "《中国统计年鉴2009》" },
  "cn-gdppc-csy2010-2-1": { shortTitleZh: "《中国统计年鉴2010》" },
  "cn-gdppc-csy2012-1-4": { shortTitleZh: "《中国统计年鉴2012》" },
  "cn-gdppc-2013-unicef-csy2014": { shortTitleZh: "《中国儿童发展指标图集》（联合国儿童基金会）" },
  "cn-gdppc-2016-ce-xinhua-factbox": { shortTitleZh: "2012年以来经济数据一览（新华社）" },
  "cn-gdppc-2017-communique-trklw-copy": { shortTitleZh: "2017年统计公报（trklw.com转载）" },
  "cn-gdppc-2018-communique-xinhua-reprint": { shortTitleZh: "2018年统计公报（新华社转载）" },
  "cn-gdppc-2019-qingdaonews": { shortTitleZh: "2019年统计公报（青岛新闻网）" },
  "cn-gdppc-2020-hkcd": { shortTitleZh: "2020年统计公报（香港商报）" },
  "cn-gdppc-2021-sina-github-copy": { shortTitleZh: "2021年人均GDP报道（新浪财经）" },
  "cn-gdppc-2022-communique-fx168-copy": { shortTitleZh: "2022年统计公报（fx168转载）" },
  "cn-gdppc-2023-people-xinhua": { shortTitleZh: "2023年经济数据一览（新华社）" },
  "cn-gdppc-2025-people-xinhua": { shortTitleZh: "2025年经济报道（新华社）" },
  "rnd-cn-2009-wenweipo": { shortTitleZh: "2009年R&D资源清查报道（文汇报）" },
  "rnd-cn-2010-chinanews": { shortTitleZh: "2010年科技经费统计公报（中国新闻网转载）" },
  "rnd-cn-2011-gov-copy": { shortTitleZh: "2011年科技经费统计公报（镜像页）" },
  "rnd-cn-2012-neijiangzixun": { shortTitleZh: "2012年科技经费统计公报（转载）" },
  "rnd-cn-2013-chinacnas": { shortTitleZh: "2013年科技经费统计公报（转载）" },
  "rnd-cn-2014-chinacb": { shortTitleZh: "2014年研发投入强度报道（中国自动化网）" },
  "rnd-cn-2015-taiwan-cn-copy": { shortTitleZh: "2015年研发经费报道（中国新闻网）" },
  "rnd-cn-2016-kexingxing": { shortTitleZh: "2016年科技经费统计公报（转载）" },
  "rnd-cn-2017-bohaitoday": { shortTitleZh: "2017年研发投入强度报道（新华社）" },
  "rnd-communique-2018": { shortTitleZh: "2018年科技经费统计公报" },
  "rnd-communique-2019": { shortTitleZh: "2019年科技经费统计公报" },
  "rnd-communique-2020": { shortTitleZh: "2020年科技经费统计公报" },
  "rnd-communique-2021": { shortTitleZh: "2021年科技经费统计公报" },
  "rnd-communique-2022": { shortTitleZh: "2022年科技经费统计公报" },
  "rnd-communique-2023": { shortTitleZh: "2023年科技经费统计公报" },
  "rnd-cn-2024-netbig-bbs": { shortTitleZh: "2024年科技经费统计公报（论坛引文）" },
  "rnd-sty2021-intensity-soshu": { shortTitleZh: "《中国科技统计年鉴2021》摘编（2012—2020年）" },
  "sty-rnd-personnel-fte-2018": { shortTitleZh: "《中国科技统计年鉴2019》表1-4（GitHub存档）" },
  "sty-rnd-personnel-fte-2019": { shortTitleZh: "《中国科技统计年鉴2020》表1-4（GitHub存档）" },
  "sty-rnd-personnel-fte-2020": { shortTitleZh: "《中国科技统计年鉴2021》表1-4（GitHub存档）" },
  "sty-rnd-personnel-fte-2021": { shortTitleZh: "《中国科技统计年鉴2022》表1-4（GitHub存档）" },
  "sty-rnd-personnel-fte-2022": { shortTitleZh: "《中国科技统计年鉴2023》表1-4（GitHub存档）" },
  "sty-rnd-personnel-fte-2023": { shortTitleZh: "《中国科技统计年鉴2024》表1-4（GitHub存档）" },
  "sty-patents-granted-2018": { shortTitleZh: "《中国科技统计年鉴2019》表8-8（GitHub存档）" },
  "sty-patents-granted-2019": { shortTitleZh: "《中国科技统计年鉴2020》表8-8（GitHub存档）" },
  "sty-patents-granted-2020": { shortTitleZh: "《中国科技统计年鉴2021》表8-8（GitHub存档）" },
  "sty-patents-granted-2021": { shortTitleZh: "《中国科技统计年鉴2022》表8-8（GitHub存档）" },
  "sty-patents-granted-2022": { shortTitleZh: "《中国科技统计年鉴2023》表8-8（GitHub存档）" },
  "sty-patents-granted-2023": { shortTitleZh: "《中国科技统计年鉴2024》表8-8（GitHub存档）" },
  "sty-tech-market-output-2020": { shortTitleZh: "《中国科技统计年鉴2021》表8-37（GitHub存档）" },
  "sty-tech-market-output-2023": { shortTitleZh: "《中国科技统计年鉴2024》表8-33（GitHub存档）" },
  "sty-hitech-industry-2020": { shortTitleZh: "《中国科技统计年鉴2021》表5-2（GitHub存档）" },
  "sty-hitech-industry-2021": { shortTitleZh: "《中国科技统计年鉴2022》表5-2（GitHub存档）" },
  "sty-hitech-industry-2022": { shortTitleZh: "《中国科技统计年鉴2023》表5-2（GitHub存档）" },
  "sty-hitech-industry-2023": { shortTitleZh: "《中国科技统计年鉴2024》表5-2（GitHub存档）" },
  "fiscal-st-2019-techme-tidy": { shortTitleZh: "2019年分地区财政支出（GitHub整理数据）" },
  "fiscal-st-2020-csy2021-excerpt": { shortTitleZh: "《中国统计年鉴2021》摘编（2020年财政支出）" },
  "fiscal-st-2021-csy2022-table-7-6": { shortTitleZh: "《中国统计年鉴2022》表7-6（GitHub存档）" },
  "fiscal-st-2022-techme-tidy": { shortTitleZh: "2022年分地区财政支出（GitHub整理数据）" },
  "fiscal-st-2023-csy2024-table-7-6": { shortTitleZh: "《中国统计年鉴2024》表7-6（GitHub存档）" },
};

/** A seeded source's short title, for text written ahead of any query (messages, framework labels). */
export function seededSourceName(slug: string): string {
  const name = Object.hasOwn(sourceNames, slug) ? sourceNames[slug] : undefined;
  if (!name) throw new Error(`no short title for seeded source ${slug}`);
  return name.shortTitleZh;
}

/** The stored name columns for a seeded source; a slug not listed here gets none (the test below forbids that). */
export function sourceNameColumns(slug: string): { shortTitleZh: string | null; citeType: string | null } {
  const name = Object.hasOwn(sourceNames, slug) ? sourceNames[slug] : undefined;
  return { shortTitleZh: name?.shortTitleZh ?? null, citeType: name?.citeType ?? null };
}
