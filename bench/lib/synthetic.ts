// Synthetic figures for the import benchmarks: existing indicators and regions, years 1900-2100, under
// sources marked as synthetic (合成基准数据-N), never the project's own figures.

/** A CSV in the importer's own columns with `count` distinct figures. */
export function syntheticCsv(count: number): string {
  const lines = ["indicator,region,year,value,source,note"];
  const indicators = ["industrial-rnd-intensity", "enterprise-rnd-share", "gdp-growth-forecast", "gdp-per-capita-usd"];
  const regions = ["cn", "jiangxi", "hubei", "henan", "sichuan", "guangdong", "jiangsu", "shanghai", "beijing", "shaanxi"];
  for (let i = 0; lines.length <= count; i++) {
    const indicator = indicators[i % indicators.length]!;
    const region = regions[Math.floor(i / indicators.length) % regions.length]!;
    const year = 1900 + (Math.floor(i / (indicators.length * regions.length)) % 201);
    const batch = Math.floor(i / (indicators.length * regions.length * 201));
    lines.push(`${indicator},${region},${year},${(i % 997) / 10},合成基准数据-${batch},synthetic benchmark row ${i}`);
  }
  return lines.join("\n");
}
