// Regions the documents name, shared by every document's seed. Designations (the national plan's
// international and regional S&T innovation centres) cite document 000, which lists them.
import type { RegionRecord } from "@/lib/validation/catalog";

const doc000Centres = "协同发力一节·优化空间布局与数字赋能(第一点)";

export const regions: RegionRecord[] = [
  { slug: "world", nameZh: "全球", nameEn: "World", level: "world" },
  { slug: "cn", nameZh: "中国", nameEn: "China", level: "nation" },
  { slug: "br", nameZh: "巴西", nameEn: "Brazil", level: "nation" },

  // Macro-regions
  { slug: "jingjinji", nameZh: "京津冀", nameEn: "Beijing-Tianjin-Hebei", level: "macro-region", parent: "cn" },
  {
    slug: "yangtze-river-delta", nameZh: "长三角", nameEn: "Yangtze River Delta", level: "macro-region", parent: "cn",
    designation: "international-innovation-centre",
    designationNoteZh: "以上海为核心的国际科技创新中心之一",
    source: "doc-000", locator: doc000Centres,
  },
  {
    slug: "greater-bay-area", nameZh: "粤港澳大湾区", nameEn: "Guangdong-Hong Kong-Macao Greater Bay Area", level: "macro-region", parent: "cn",
    designation: "international-innovation-centre",
    designationNoteZh: "三个国际科技创新中心之一",
    source: "doc-000", locator: doc000Centres,
  },
  {
    slug: "chengdu-chongqing", nameZh: "成渝地区", nameEn: "Chengdu-Chongqing", level: "macro-region", parent: "cn",
    designation: "regional-innovation-centre",
    designationNoteZh: "三个面向全国的区域科技创新中心之一",
    source: "doc-000", locator: doc000Centres,
  },

  // Provinces and province-level municipalities (GB/T 2260 codes)
  {
    slug: "beijing", nameZh: "北京", nameEn: "Beijing", level: "province", parent: "cn", adminCode: "110000",
    designation: "international-innovation-centre",
    designationNoteZh: "国际科技创新中心之一，辐射京津冀",
    source: "doc-000", locator: doc000Centres,
  },
  { slug: "tianjin", nameZh: "天津", nameEn: "Tianjin", level: "province", parent: "cn", adminCode: "120000" },
  { slug: "hebei", nameZh: "河北", nameEn: "Hebei", level: "province", parent: "cn", adminCode: "130000" },
  { slug: "shanghai", nameZh: "上海", nameEn: "Shanghai", level: "province", parent: "cn", adminCode: "310000" },
  { slug: "jiangsu", nameZh: "江苏", nameEn: "Jiangsu", level: "province", parent: "cn", adminCode: "320000" },
  { slug: "jiangxi", nameZh: "江西", nameEn: "Jiangxi", level: "province", parent: "cn", adminCode: "360000" },
  { slug: "henan", nameZh: "河南", nameEn: "Henan", level: "province", parent: "cn", adminCode: "410000" },
  { slug: "hubei", nameZh: "湖北", nameEn: "Hubei", level: "province", parent: "cn", adminCode: "420000" },
  { slug: "guangdong", nameZh: "广东", nameEn: "Guangdong", level: "province", parent: "cn", adminCode: "440000" },
  { slug: "chongqing", nameZh: "重庆", nameEn: "Chongqing", level: "province", parent: "cn", adminCode: "500000" },
  { slug: "sichuan", nameZh: "四川", nameEn: "Sichuan", level: "province", parent: "cn", adminCode: "510000" },
  { slug: "shaanxi", nameZh: "陕西", nameEn: "Shaanxi", level: "province", parent: "cn", adminCode: "610000" },
  { slug: "gansu", nameZh: "甘肃", nameEn: "Gansu", level: "province", parent: "cn", adminCode: "620000" },
  // The other provincial-level divisions, so every province has a page and a tile (GB/T 2260 codes).
  { slug: "shanxi", nameZh: "山西", nameEn: "Shanxi", level: "province", parent: "cn", adminCode: "140000" },
  { slug: "inner-mongolia", nameZh: "内蒙古", nameEn: "Inner Mongolia", level: "province", parent: "cn", adminCode: "150000" },
  { slug: "liaoning", nameZh: "辽宁", nameEn: "Liaoning", level: "province", parent: "cn", adminCode: "210000" },
  { slug: "jilin", nameZh: "吉林", nameEn: "Jilin", level: "province", parent: "cn", adminCode: "220000" },
  { slug: "heilongjiang", nameZh: "黑龙江", nameEn: "Heilongjiang", level: "province", parent: "cn", adminCode: "230000" },
  { slug: "zhejiang", nameZh: "浙江", nameEn: "Zhejiang", level: "province", parent: "cn", adminCode: "330000" },
  { slug: "anhui", nameZh: "安徽", nameEn: "Anhui", level: "province", parent: "cn", adminCode: "340000" },
  { slug: "fujian", nameZh: "福建", nameEn: "Fujian", level: "province", parent: "cn", adminCode: "350000" },
  { slug: "shandong", nameZh: "山东", nameEn: "Shandong", level: "province", parent: "cn", adminCode: "370000" },
  { slug: "hunan", nameZh: "湖南", nameEn: "Hunan", level: "province", parent: "cn", adminCode: "430000" },
  { slug: "guangxi", nameZh: "广西", nameEn: "Guangxi", level: "province", parent: "cn", adminCode: "450000" },
  { slug: "hainan", nameZh: "海南", nameEn: "Hainan", level: "province", parent: "cn", adminCode: "460000" },
  { slug: "guizhou", nameZh: "贵州", nameEn: "Guizhou", level: "province", parent: "cn", adminCode: "520000" },
  { slug: "yunnan", nameZh: "云南", nameEn: "Yunnan", level: "province", parent: "cn", adminCode: "530000" },
  { slug: "tibet", nameZh: "西藏", nameEn: "Tibet", level: "province", parent: "cn", adminCode: "540000" },
  { slug: "qinghai", nameZh: "青海", nameEn: "Qinghai", level: "province", parent: "cn", adminCode: "630000" },
  { slug: "ningxia", nameZh: "宁夏", nameEn: "Ningxia", level: "province", parent: "cn", adminCode: "640000" },
  { slug: "xinjiang", nameZh: "新疆", nameEn: "Xinjiang", level: "province", parent: "cn", adminCode: "650000" },
  { slug: "taiwan", nameZh: "台湾", nameEn: "Taiwan", level: "province", parent: "cn", adminCode: "710000" },
  { slug: "hong-kong", nameZh: "香港", nameEn: "Hong Kong", level: "province", parent: "cn", adminCode: "810000" },
  { slug: "macao", nameZh: "澳门", nameEn: "Macao", level: "province", parent: "cn", adminCode: "820000" },

  // Cities
  { slug: "suzhou", nameZh: "苏州", nameEn: "Suzhou", level: "city", parent: "jiangsu", adminCode: "320500" },
  { slug: "nanchang", nameZh: "南昌", nameEn: "Nanchang", level: "city", parent: "jiangxi", adminCode: "360100" },
  { slug: "pingdingshan", nameZh: "平顶山", nameEn: "Pingdingshan", level: "city", parent: "henan", adminCode: "410400" },
  {
    slug: "wuhan", nameZh: "武汉", nameEn: "Wuhan", level: "city", parent: "hubei", adminCode: "420100",
    designation: "regional-innovation-centre",
    designationNoteZh: "三个面向全国的区域科技创新中心之一",
    source: "doc-000", locator: doc000Centres,
  },
  { slug: "shenzhen", nameZh: "深圳", nameEn: "Shenzhen", level: "city", parent: "guangdong", adminCode: "440300" },
  { slug: "chengdu", nameZh: "成都", nameEn: "Chengdu", level: "city", parent: "sichuan", adminCode: "510100" },
  {
    slug: "xian", nameZh: "西安", nameEn: "Xi'an", level: "city", parent: "shaanxi", adminCode: "610100",
    designation: "regional-innovation-centre",
    designationNoteZh: "三个面向全国的区域科技创新中心之一",
    source: "doc-000", locator: doc000Centres,
  },
  { slug: "lanzhou", nameZh: "兰州", nameEn: "Lanzhou", level: "city", parent: "gansu", adminCode: "620100" },

  // High-tech zones, parks and science cities
  { slug: "zhongguancun", nameZh: "中关村", nameEn: "Zhongguancun", level: "zone", parent: "beijing" },
  { slug: "suzhou-industrial-park", nameZh: "苏州工业园区", nameEn: "Suzhou Industrial Park", level: "zone", parent: "suzhou" },
  { slug: "chengdu-hi-tech-zone", nameZh: "成都高新区", nameEn: "Chengdu High-tech Zone", level: "zone", parent: "chengdu" },
  { slug: "wuhan-east-lake", nameZh: "武汉东湖高新区", nameEn: "Wuhan East Lake High-tech Zone", level: "zone", parent: "wuhan" },
  { slug: "shenzhen-hi-tech-zone", nameZh: "深圳高新区", nameEn: "Shenzhen High-tech Zone", level: "zone", parent: "shenzhen" },
  { slug: "guangming-science-city", nameZh: "光明科学城", nameEn: "Guangming Science City", level: "zone", parent: "shenzhen" },
  { slug: "zhangjiang-science-city", nameZh: "张江科学城", nameEn: "Zhangjiang Science City", level: "zone", parent: "shanghai" },
  { slug: "pingdingshan-hi-tech-zone", nameZh: "平顶山高新区", nameEn: "Pingdingshan High-tech Zone", level: "zone", parent: "pingdingshan" },
];
