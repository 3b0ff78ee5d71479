// How the site names each seeded source (its short title, shown wherever a source is named: lists, notes,
// chart captions), in Chinese and in English, and, for the five documents, the GB/T 7714 type each is cited
// as. Statistics sources are typed by their URL (lib/domain/citation.ts: data files are data sets, other pages
// online resources). The English short title is our own rendering, plain text without quotation marks; the
// full English title stays in the source's titleEn.
import type { CiteType } from "@/lib/domain/citation";
import type { Locale } from "@/lib/i18n/locales";

export type SourceName = { shortTitleZh: string; shortTitleEn: string; citeType?: CiteType };

export const sourceNames: Record<string, SourceName> = {
  // The documents: their own titles (subtitles and edition notes dropped). 000–002 are journal articles (abstract,
  // author's unit, editor's line; the journal is not named in the text), 003 a post on the NetEase Hao platform,
  // 004 a newspaper think-tank page (the paper is not named in the text).
  "doc-000": { shortTitleZh: "《扎实推动科技创新和产业创新深度融合》", shortTitleEn: "Deepening the integration of S&T and industrial innovation", citeType: "J" },
  "doc-001": { shortTitleZh: "《科技创新和产业创新融合发展探索实践》", shortTitleEn: "Integrating S&T and industrial innovation in practice", citeType: "J" },
  "doc-002": { shortTitleZh: "《科技创新和产业创新融合发展的动力机制与实践路径研究》", shortTitleEn: "Integrating S&T and industrial innovation: drivers and paths", citeType: "J" },
  "doc-003": { shortTitleZh: "《2025浦江创新论坛科技政策论坛综述》", shortTitleEn: "Review of the S&T policy session, 2025 Pujiang Innovation Forum", citeType: "EB/OL" },
  "doc-004": { shortTitleZh: "《如何答好“双创融合”必答题？》", shortTitleEn: "Getting the integration of S&T and industrial innovation right", citeType: "N" },

  // Statistical tables: the publication in 《》 when it is the office's own; a copy says where it stands.
  "fx-shandong-yearbook-2003-16-12": { shortTitleZh: "《山东统计年鉴2003》", shortTitleEn: "Shandong Statistical Yearbook 2003" },
  "fx-wdi-pa-nus-fcrf-2026-07-github-copy": { shortTitleZh: "世界银行WDI官方汇率（GitHub存档）", shortTitleEn: "World Bank WDI official exchange rate (GitHub copy)" },
  "gdppc-cq-yearbook-2008": { shortTitleZh: "《重庆统计年鉴2008》", shortTitleEn: "Chongqing Statistical Yearbook 2008" },
  "gdppc-nbs-yearbook-2002": { shortTitleZh: "《中国统计年鉴2002》", shortTitleEn: "China Statistical Yearbook 2002" },
  "gdppc-qh-yearbook-2014": { shortTitleZh: "《青海统计年鉴2014》", shortTitleEn: "Qinghai Statistical Yearbook 2014" },
  "gdppc-csy2014-github-2011": { shortTitleZh: "《中国统计年鉴2014》2011年数（GitHub解析稿）", shortTitleEn: "China Statistical Yearbook 2014, 2011 column (GitHub parse)" },
  "gdppc-csy2014-github-2013": { shortTitleZh: "《中国统计年鉴2014》2013年数（GitHub解析稿）", shortTitleEn: "China Statistical Yearbook 2014, 2013 column (GitHub parse)" },
  "gdppc-csy2016-github-2015": { shortTitleZh: "《中国统计年鉴2016》（GitHub转录稿）", shortTitleEn: "China Statistical Yearbook 2016 (GitHub transcription)" },
  "gdppc-csy2019-github-2018": { shortTitleZh: "《中国统计年鉴2019》（GitHub转录稿）", shortTitleEn: "China Statistical Yearbook 2019 (GitHub transcription)" },
  "gdppc-china-governance-yearbook": { shortTitleZh: "分省GDP面板·年鉴口径（GitHub）", shortTitleEn: "Provincial GDP panel, yearbook figures (GitHub)" },
  "gdppc-china-governance-revised": { shortTitleZh: "分省GDP面板·修订序列（GitHub）", shortTitleEn: "Provincial GDP panel, revised series (GitHub)" },
  "gdppc-hn-yearbook-2007": { shortTitleZh: "湖南统计年鉴（2006年数据）", shortTitleEn: "Hunan Statistical Yearbook (2006 data)" },
  "cn-gdppc-csy2009-1-4": { shortTitleZh: "《中国统计年鉴2009》", shortTitleEn: "China Statistical Yearbook 2009" },
  "cn-gdppc-csy2010-2-1": { shortTitleZh: "《中国统计年鉴2010》", shortTitleEn: "China Statistical Yearbook 2010" },
  "cn-gdppc-csy2012-1-4": { shortTitleZh: "《中国统计年鉴2012》", shortTitleEn: "China Statistical Yearbook 2012" },
  "cn-gdppc-2013-unicef-csy2014": { shortTitleZh: "《中国儿童发展指标图集》（联合国儿童基金会）", shortTitleEn: "Atlas of child development indicators in China (UNICEF)" },
  "cn-gdppc-2016-ce-xinhua-factbox": { shortTitleZh: "2012年以来经济数据一览（新华社）", shortTitleEn: "China's economy since 2012: a factbox (Xinhua)" },
  "cn-gdppc-2017-communique-trklw-copy": { shortTitleZh: "2017年统计公报（trklw.com转载）", shortTitleEn: "2017 statistical communiqué (reprint on trklw.com)" },
  "cn-gdppc-2018-communique-xinhua-reprint": { shortTitleZh: "2018年统计公报（新华社转载）", shortTitleEn: "2018 statistical communiqué (Xinhua reprint)" },
  "cn-gdppc-2019-qingdaonews": { shortTitleZh: "2019年统计公报（青岛新闻网）", shortTitleEn: "2019 statistical communiqué (Qingdao News)" },
  "cn-gdppc-2020-hkcd": { shortTitleZh: "2020年统计公报（香港商报）", shortTitleEn: "2020 statistical communiqué (Hong Kong Commercial Daily)" },
  "cn-gdppc-2021-sina-github-copy": { shortTitleZh: "2021年人均GDP报道（新浪财经）", shortTitleEn: "2021 GDP per capita report (Sina Finance)" },
  "cn-gdppc-2022-communique-fx168-copy": { shortTitleZh: "2022年统计公报（fx168转载）", shortTitleEn: "2022 statistical communiqué (reprint on fx168)" },
  "cn-gdppc-2023-people-xinhua": { shortTitleZh: "2023年经济数据一览（新华社）", shortTitleEn: "China's economy in 2023: a factbox (Xinhua)" },
  "cn-gdppc-2025-people-xinhua": { shortTitleZh: "2025年经济报道（新华社）", shortTitleEn: "China's economy in 2025 (Xinhua report)" },
  "rnd-cn-2009-wenweipo": { shortTitleZh: "2009年R&D资源清查报道（文汇报）", shortTitleEn: "2009 R&D resources census report (Wen Wei Po)" },
  "rnd-cn-2010-chinanews": { shortTitleZh: "2010年科技经费统计公报（中国新闻网转载）", shortTitleEn: "2010 S&T expenditure communiqué (China News Service reprint)" },
  "rnd-cn-2011-gov-copy": { shortTitleZh: "2011年科技经费统计公报（镜像页）", shortTitleEn: "2011 S&T expenditure communiqué (mirror page)" },
  "rnd-cn-2012-neijiangzixun": { shortTitleZh: "2012年科技经费统计公报（转载）", shortTitleEn: "2012 S&T expenditure communiqué (reprint)" },
  "rnd-cn-2013-chinacnas": { shortTitleZh: "2013年科技经费统计公报（转载）", shortTitleEn: "2013 S&T expenditure communiqué (reprint)" },
  "rnd-cn-2014-chinacb": { shortTitleZh: "2014年研发投入强度报道（中国自动化网）", shortTitleEn: "2014 R&D intensity report (China Automation Network)" },
  "rnd-cn-2015-taiwan-cn-copy": { shortTitleZh: "2015年研发经费报道（中国新闻网）", shortTitleEn: "2015 R&D expenditure report (China News Service)" },
  "rnd-cn-2016-kexingxing": { shortTitleZh: "2016年科技经费统计公报（转载）", shortTitleEn: "2016 S&T expenditure communiqué (reprint)" },
  "rnd-cn-2017-bohaitoday": { shortTitleZh: "2017年研发投入强度报道（新华社）", shortTitleEn: "2017 R&D intensity report (Xinhua)" },
  "rnd-communique-2018": { shortTitleZh: "2018年科技经费统计公报", shortTitleEn: "2018 S&T expenditure communiqué" },
  "rnd-communique-2019": { shortTitleZh: "2019年科技经费统计公报", shortTitleEn: "2019 S&T expenditure communiqué" },
  "rnd-communique-2020": { shortTitleZh: "2020年科技经费统计公报", shortTitleEn: "2020 S&T expenditure communiqué" },
  "rnd-communique-2021": { shortTitleZh: "2021年科技经费统计公报", shortTitleEn: "2021 S&T expenditure communiqué" },
  "rnd-communique-2022": { shortTitleZh: "2022年科技经费统计公报", shortTitleEn: "2022 S&T expenditure communiqué" },
  "rnd-communique-2023": { shortTitleZh: "2023年科技经费统计公报", shortTitleEn: "2023 S&T expenditure communiqué" },
  "rnd-cn-2024-netbig-bbs": { shortTitleZh: "2024年科技经费统计公报（论坛引文）", shortTitleEn: "2024 S&T expenditure communiqué (quoted in a forum)" },
  "rnd-sty2021-intensity-soshu": { shortTitleZh: "《中国科技统计年鉴2021》摘编（2012—2020年）", shortTitleEn: "China S&T Statistical Yearbook 2021, excerpt (2012–2020)" },
  "sty-rnd-personnel-fte-2018": { shortTitleZh: "《中国科技统计年鉴2019》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2019, table 1-4 (GitHub copy)" },
  "sty-rnd-personnel-fte-2019": { shortTitleZh: "《中国科技统计年鉴2020》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2020, table 1-4 (GitHub copy)" },
  "sty-rnd-personnel-fte-2020": { shortTitleZh: "《中国科技统计年鉴2021》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2021, table 1-4 (GitHub copy)" },
  "sty-rnd-personnel-fte-2021": { shortTitleZh: "《中国科技统计年鉴2022》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2022, table 1-4 (GitHub copy)" },
  "sty-rnd-personnel-fte-2022": { shortTitleZh: "《中国科技统计年鉴2023》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2023, table 1-4 (GitHub copy)" },
  "sty-rnd-personnel-fte-2023": { shortTitleZh: "《中国科技统计年鉴2024》表1-4（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2024, table 1-4 (GitHub copy)" },
  "sty-patents-granted-2018": { shortTitleZh: "《中国科技统计年鉴2019》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2019, table 8-8 (GitHub copy)" },
  "sty-patents-granted-2019": { shortTitleZh: "《中国科技统计年鉴2020》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2020, table 8-8 (GitHub copy)" },
  "sty-patents-granted-2020": { shortTitleZh: "《中国科技统计年鉴2021》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2021, table 8-8 (GitHub copy)" },
  "sty-patents-granted-2021": { shortTitleZh: "《中国科技统计年鉴2022》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2022, table 8-8 (GitHub copy)" },
  "sty-patents-granted-2022": { shortTitleZh: "《中国科技统计年鉴2023》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2023, table 8-8 (GitHub copy)" },
  "sty-patents-granted-2023": { shortTitleZh: "《中国科技统计年鉴2024》表8-8（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2024, table 8-8 (GitHub copy)" },
  "sty-tech-market-output-2020": { shortTitleZh: "《中国科技统计年鉴2021》表8-37（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2021, table 8-37 (GitHub copy)" },
  "sty-tech-market-output-2023": { shortTitleZh: "《中国科技统计年鉴2024》表8-33（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2024, table 8-33 (GitHub copy)" },
  "sty-hitech-industry-2020": { shortTitleZh: "《中国科技统计年鉴2021》表5-2（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2021, table 5-2 (GitHub copy)" },
  "sty-hitech-industry-2021": { shortTitleZh: "《中国科技统计年鉴2022》表5-2（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2022, table 5-2 (GitHub copy)" },
  "sty-hitech-industry-2022": { shortTitleZh: "《中国科技统计年鉴2023》表5-2（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2023, table 5-2 (GitHub copy)" },
  "sty-hitech-industry-2023": { shortTitleZh: "《中国科技统计年鉴2024》表5-2（GitHub存档）", shortTitleEn: "China S&T Statistical Yearbook 2024, table 5-2 (GitHub copy)" },
  "fiscal-st-2019-techme-tidy": { shortTitleZh: "2019年分地区财政支出（GitHub整理数据）", shortTitleEn: "Public spending by region, 2019 (GitHub tidy data)" },
  "fiscal-st-2020-csy2021-excerpt": { shortTitleZh: "《中国统计年鉴2021》摘编（2020年财政支出）", shortTitleEn: "China Statistical Yearbook 2021, excerpt (2020 public spending)" },
  "fiscal-st-2021-csy2022-table-7-6": { shortTitleZh: "《中国统计年鉴2022》表7-6（GitHub存档）", shortTitleEn: "China Statistical Yearbook 2022, table 7-6 (GitHub copy)" },
  "fiscal-st-2022-techme-tidy": { shortTitleZh: "2022年分地区财政支出（GitHub整理数据）", shortTitleEn: "Public spending by region, 2022 (GitHub tidy data)" },
  "fiscal-st-2023-csy2024-table-7-6": { shortTitleZh: "《中国统计年鉴2024》表7-6（GitHub存档）", shortTitleEn: "China Statistical Yearbook 2024, table 7-6 (GitHub copy)" },
};

/** A seeded source's short title in the given language, for text written ahead of any query (messages,
 *  framework labels). */
export function seededSourceName(slug: string, locale: Locale = "zh-CN"): string {
  const name = Object.hasOwn(sourceNames, slug) ? sourceNames[slug] : undefined;
  if (!name) throw new Error(`no short title for seeded source ${slug}`);
  return locale === "en" ? name.shortTitleEn : name.shortTitleZh;
}

export type SourceNameColumns = { shortTitleZh: string | null; shortTitleEn: string | null; citeType: string | null };

/** The stored name columns for a seeded source; a slug not listed here gets none (seed/source-names.test.ts
 *  forbids that). */
export function sourceNameColumns(slug: string): SourceNameColumns {
  const name = Object.hasOwn(sourceNames, slug) ? sourceNames[slug] : undefined;
  return { shortTitleZh: name?.shortTitleZh ?? null, shortTitleEn: name?.shortTitleEn ?? null, citeType: name?.citeType ?? null };
}
