// Figures from document 003: the 2025 Pujiang Innovation Forum's science-policy session, summarised by
// the Shanghai Institute for Science of Science (traditional characters). It holds the enterprise
// share of R&D, Zhangjiang Science City's counts, Brazil's long-term plan and two zone cases.
import type { DocumentSeed } from "@/lib/validation/catalog";

const source = "doc-003";

const loc = {
  enterprise: "思想碰撞·第1点（企业主体）",
  butterfly: "思想碰撞·第2点（全要素协同，蝴蝶模型）",
  brazil: "思想碰撞·第4点（未来产业）",
  zhangjiang: "思想碰撞·第5点（区域生态圈）",
} as const;

const zhangjiangNote = (what: string) =>
  `张江科学城建设管理办公室在论坛上介绍的集聚规模之一：${what}。`;

export const doc003: DocumentSeed = {
  source: {
    file: "003_c070762ee05082b1.txt",
    slug: source,
    titleZh: "2025浦江创新论坛科技政策论坛综述：科技创新与产业创新深度融合",
    titleEn: "2025 Pujiang Innovation Forum, science-policy session: deep integration of S&T and industrial innovation",
    authors: "蒋娇燕（执笔）",
    organisation: "上海市科学学研究所",
    published: "2025",
    language: "zh-Hant",
    summaryZh:
      "论坛嘉宾围绕由谁融合、融合哪些要素、怎样融合三个问题发言：企业应掌握出题和决策的主动权；" +
      "融合需要资金、数据、人才和制度一起到位，光明科学城的蝴蝶模型是一个例子；成果转化卡在机制上；" +
      "未来产业是主要赛场，巴西介绍了长达三十年的投入计划；张江科学城展示了园区层面的一站式生态。",
  },

  indicators: [
    {
      code: "enterprise-rnd-share", nameZh: "企业研发投入占全社会比重", nameEn: "Business share of R&D spending",
      unit: "percent", category: "rnd", higherIsBetter: true,
      definitionZh: "企业研发经费在全社会研发经费中所占的比例，反映企业作为创新主体的分量。",
    },
    {
      code: "zone-large-science-facilities", nameZh: "大科学设施数量", nameEn: "Large science facilities",
      unit: "count", category: "zone", higherIsBetter: true,
      definitionZh: "园区或科学城内建成或在建的国家重大科技基础设施数量。",
    },
    {
      code: "zone-universities", nameZh: "高校数量", nameEn: "Universities",
      unit: "universities", category: "zone", higherIsBetter: true,
      definitionZh: "园区或科学城内的高等院校数量。",
    },
    {
      code: "zone-research-institutes", nameZh: "高等研究院与新型研发机构数量", nameEn: "Advanced research institutes and new-type R&D institutions",
      unit: "count", category: "zone", higherIsBetter: true,
      definitionZh: "园区或科学城内的高等研究院和新型研发机构数量。",
    },
    {
      code: "zone-firms", nameZh: "企业数量", nameEn: "Firms",
      unit: "firms", category: "zone", higherIsBetter: true,
      definitionZh: "在园区或科学城内注册经营的企业数量。",
    },
    {
      code: "zone-listed-companies", nameZh: "上市公司数量", nameEn: "Listed companies",
      unit: "firms", category: "zone", higherIsBetter: true,
      definitionZh: "园区或科学城内的上市公司数量。",
    },
    {
      code: "zone-open-innovation-centres", nameZh: "大企业开放创新中心数量", nameEn: "Corporate open-innovation centres",
      unit: "count", category: "zone", higherIsBetter: true,
      definitionZh: "大型企业在园区设立、向中小企业开放资源的创新中心数量。",
    },
    {
      code: "long-term-sti-plan-budget", nameZh: "长期科技创新计划投入规模", nameEn: "Budget of a long-term S&T plan",
      unit: "usd-100m", category: "policy",
      definitionZh: "一国为长期科技创新结构性计划安排的投入总额。",
    },
    {
      code: "long-term-sti-plan-span-years", nameZh: "长期科技创新计划期限", nameEn: "Span of a long-term S&T plan",
      unit: "years", category: "policy",
      definitionZh: "一国长期科技创新结构性计划覆盖的年数。",
    },
  ],

  observations: [
    {
      indicator: "enterprise-rnd-share", region: "cn", year: 2025, periodStart: 2021, yearBasis: "period",
      value: 77, qualifier: ">", valueText: "77%", source, locator: loc.enterprise,
      noteZh: "“十四五”期间企业承担了全国七成七以上的研发经费；发言者同时指出企业在基础研究和技术路线决策上话语权仍弱。",
    },
    {
      indicator: "zone-large-science-facilities", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 9, valueText: "9個", source, locator: loc.zhangjiang, noteZh: zhangjiangNote("大科学设施9个"),
    },
    {
      indicator: "zone-universities", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 4, valueText: "4所", source, locator: loc.zhangjiang, noteZh: zhangjiangNote("高校4所"),
    },
    {
      indicator: "zone-research-institutes", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 30, qualifier: "+", valueText: "30多家", source, locator: loc.zhangjiang,
      noteZh: zhangjiangNote("高等研究院与新型研发机构三十余家"),
    },
    {
      indicator: "zone-firms", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 24000, valueText: "2.4萬", source, locator: loc.zhangjiang, noteZh: zhangjiangNote("企业约两万四千家"),
    },
    {
      indicator: "zone-listed-companies", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 109, valueText: "109", source, locator: loc.zhangjiang, noteZh: zhangjiangNote("上市公司109家"),
    },
    {
      indicator: "zone-open-innovation-centres", region: "zhangjiang-science-city", year: 2025, yearBasis: "publication",
      value: 108, valueText: "108", source, locator: loc.zhangjiang, noteZh: zhangjiangNote("大企业开放创新中心108个"),
    },
    {
      indicator: "long-term-sti-plan-budget", region: "br", year: 2025, yearBasis: "publication",
      value: 9000, valueText: "9000億", source, locator: loc.brazil,
      noteZh: "巴西科技创新部介绍的长期结构性计划，总投入约九千亿美元，覆盖农业科技、医疗健康、数字化、生物技术、国防等六个方向。",
    },
    {
      indicator: "long-term-sti-plan-span-years", region: "br", year: 2025, yearBasis: "publication",
      value: 30, valueText: "30年", source, locator: loc.brazil,
      noteZh: "巴西这一计划按三十年的时间跨度安排，用来弥合科研成果与产业之间的转化缺口。",
    },
  ],

  zoneCases: [
    {
      slug: "zhangjiang-science-city",
      region: "zhangjiang-science-city",
      kind: "science-city",
      summaryZh:
        "上海张江科学城在论坛上被当作区域科产融合生态的样板：大科学设施、高校、研究机构和上万家企业集中在一处，" +
        "园区再把科研设施、人才住房、算力补贴券和融资服务打包，向企业提供一站式的配套。",
      source,
      locator: loc.zhangjiang,
      features: [
        {
          category: "practice", key: "one-stop-ecosystem", labelZh: "一站式创新生态", labelEn: "One-stop innovation ecosystem",
          evidenceZh: "科研设施、人才公寓、算力券和融资中心被组合成一揽子服务，企业在一处即可取用。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "chain", key: "science-chain", labelZh: "科技链", labelEn: "Technology chain",
          evidenceZh: "9个大科学设施、4所高校和三十余家研究机构构成科学城的知识供给端。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "chain", key: "industry-chain", labelZh: "产业链", labelEn: "Industry chain",
          evidenceZh: "约2.4万家企业和109家上市公司在科学城集聚。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "chain", key: "capital-chain", labelZh: "资金链", labelEn: "Capital chain",
          evidenceZh: "融资中心是一站式服务包的组成部分。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "chain", key: "talent-chain", labelZh: "人才链", labelEn: "Talent chain",
          evidenceZh: "人才公寓被纳入科学城的一站式服务包。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "mechanism", key: "platform-supported", labelZh: "平台支撑型融合", labelEn: "Platform-supported integration",
          evidenceZh: "大科学设施和108个大企业开放创新中心作为共享平台，支撑企业创新。",
          source, locator: loc.zhangjiang,
        },
        {
          category: "practice", key: "compute-vouchers", labelZh: "算力券", labelEn: "Computing vouchers",
          evidenceZh: "科学城向企业发放算力券，降低使用算力的成本。",
          source, locator: loc.zhangjiang,
        },
      ],
    },
    {
      slug: "guangming-science-city",
      region: "guangming-science-city",
      kind: "science-city",
      summaryZh:
        "深圳光明科学城的经验被概括为蝴蝶模型：高校和研究所居于蝶头，重大公共科研设施构成蝶身，" +
        "有效市场与有为政府是缺一不可的两翼，借此把分散的创新资源重新组合起来。",
      source,
      locator: loc.butterfly,
      features: [
        {
          category: "practice", key: "butterfly-model", labelZh: "蝴蝶模型", labelEn: "Butterfly model",
          evidenceZh: "以蝶头、蝶身、双翼比喻高校院所、公共科研设施与市场、政府各自的位置。",
          source, locator: loc.butterfly,
        },
        {
          category: "chain", key: "science-chain", labelZh: "科技链", labelEn: "Technology chain",
          evidenceZh: "高校和研究所被放在模型的最前端，提供源头知识。",
          source, locator: loc.butterfly,
        },
        {
          category: "mechanism", key: "platform-supported", labelZh: "平台支撑型融合", labelEn: "Platform-supported integration",
          evidenceZh: "重大公共科研设施是模型的躯干，承载各方的协作。",
          source, locator: loc.butterfly,
        },
        {
          category: "mechanism", key: "market-led", labelZh: "市场引导型融合", labelEn: "Market-led integration",
          evidenceZh: "有效市场被列为模型的一只翅膀。",
          source, locator: loc.butterfly,
        },
        {
          category: "mechanism", key: "policy-guided", labelZh: "政策引导型融合", labelEn: "Policy-guided integration",
          evidenceZh: "有为政府被列为模型的另一只翅膀，与市场并重。",
          source, locator: loc.butterfly,
        },
      ],
    },
  ],

  regionNotes: [
    {
      region: "br", key: "long-term-sti-plan", kind: "programme", titleZh: "30年结构性科技创新计划",
      bodyZh: "巴西科技创新部介绍的长期规划，意在弥合成果转化的缺口，覆盖农业科技、医疗健康、城市福利、数字化转型、生物技术和国防科技六个领域。",
      source, locator: loc.brazil,
    },
  ],
};
