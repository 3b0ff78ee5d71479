// Synthetic figures for the import benchmarks: seeded indicators and regions, years 1900-2100, under
// sources marked as synthetic (合成基准数据-N), never the project's own figures.
//
// The figures form one numbered sequence, so a large import can go in as several files that each hold new
// figures: `syntheticCsv(200_000, 200_000)` is the second file of 200,000. The year changes slowest, as in a
// yearbook that gains years: every file names the same indicators, regions and sources, and a later file adds
// later years to sources the store already holds, so its check against the stored figures really reads the
// store (a file under sources not yet stored has nothing to look up).

const indicators = [
  "industrial-rnd-intensity", "enterprise-rnd-share", "gdp-growth-forecast", "gdp-per-capita-usd",
  "rnd-intensity", "industrial-firms-rnd-active-share", "gdp-per-capita-cny", "rnd-expenditure",
];
const regions = [
  "cn", "beijing", "tianjin", "hebei", "shanghai", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi",
  "shandong", "henan", "hubei", "hunan", "guangdong", "guangxi", "hainan", "chongqing", "sichuan", "guizhou",
  "yunnan", "shaanxi", "gansu", "liaoning", "jilin",
];
const sources = 25;
const firstYear = 1900;
const years = 201; // 1900-2100, the importer's year range

/** Figures per year: every indicator × region × source once. */
export const syntheticFiguresPerYear = indicators.length * regions.length * sources;
/** How many distinct figures the sequence holds (1,005,000). */
export const syntheticCapacity = syntheticFiguresPerYear * years;

/** A CSV in the importer's own columns with figures `first` … `first + count - 1` of the sequence, all distinct. */
export function syntheticCsv(count: number, first = 0): string {
  if (!Number.isInteger(first) || first < 0 || first + count > syntheticCapacity) {
    throw new RangeError(`synthetic figures ${first}…${first + count - 1} are outside the ${syntheticCapacity.toLocaleString("en-US")} there are`);
  }
  const lines = ["indicator,region,year,value,source,note"];
  for (let i = first; i < first + count; i++) {
    const indicator = indicators[i % indicators.length]!;
    const region = regions[Math.floor(i / indicators.length) % regions.length]!;
    const source = Math.floor(i / (indicators.length * regions.length)) % sources;
    const year = firstYear + Math.floor(i / syntheticFiguresPerYear);
    lines.push(`${indicator},${region},${year},${(i % 997) / 10},合成基准数据-${source},synthetic row ${i}`);
  }
  return lines.join("\n");
}
