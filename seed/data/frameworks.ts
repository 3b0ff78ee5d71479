// The documents' conceptual frameworks as nodes: a label (with our own short English name, labelEn, and English
// tags, tagsEn, for the English pages), our paraphrase and the place it comes from.
// Where a node pairs two things the document only lists side by side (a chain with a loop step, a path
// with the problems it answers), the pairing is our reading; the page says so.
import type { Framework } from "@/lib/validation/frameworks";

const fourChains = { source: "doc-001", locator: "四、融合路径·(一)四链协同机制" } as const;
const demandLoop = { source: "doc-000", locator: "内在逻辑·相互驱动(第9段)" } as const;
const forces = (part: string) => ({ source: "doc-002", locator: `3. 动力机制·${part}` }) as const;
const butterfly = { source: "doc-003", locator: "思想碰撞·第2点(蝴蝶模型)" } as const;
const futureForum = { source: "doc-003", locator: "思想碰撞·第4点(未来产业)" } as const;
const sheng = (part: string) => ({ source: "doc-004", locator: `盛方富文·${part}` }) as const;

export const frameworks: Framework[] = [
  {
    key: "chains",
    groups: [
      {
        key: "four-chain-loop",
        label: "四链闭环（石艳蕾）",
        labelEn: "Four-chain loop (Shi Yanlei)",
        nodes: [
          { key: "demand-pull", label: "需求牵引", labelEn: "Demand pull", tags: ["产业链"], tagsEn: ["Industry chain"], ...fourChains,
            description: "产业和市场提出要解决的问题，决定研发往哪里使劲。" },
          { key: "technology-supply", label: "技术供给", labelEn: "Technology supply", tags: ["科技链"], tagsEn: ["Technology chain"], ...fourChains,
            description: "高校、院所和企业拿出技术来回应需求；文章第一部分则称之为创新链。" },
          { key: "capital-support", label: "资本支撑", labelEn: "Capital support", tags: ["资金链"], tagsEn: ["Capital chain"], ...fourChains,
            description: "各类基金与融资把技术从样品推到量产，补上转化阶段缺的钱。" },
          { key: "talent-guarantee", label: "人才保障", labelEn: "Talent support", tags: ["人才链"], tagsEn: ["Talent chain"], ...fourChains,
            description: "科研、工程与经营人才贯穿各环节，让这一圈能够反复转下去。" },
        ],
      },
      {
        key: "demand-loop",
        label: "从产业需求到新需求（中科院科技战略咨询研究院）",
        labelEn: "From industry demand to new demand (CAS Institutes of Science and Development)",
        nodes: [
          { key: "industry-demand", label: "产业需求", labelEn: "Industry demand", ...demandLoop,
            description: "已有和潜在的产业需要替科研定方向，也提供试用场景与反馈。" },
          { key: "science-innovation", label: "科技创新", labelEn: "S&T innovation", ...demandLoop,
            description: "前沿研究和技术突破回应这些需要，成为产业变化的源头。" },
          { key: "result-transfer", label: "科技成果转化", labelEn: "Commercialising research results", ...demandLoop,
            description: "把实验室里的成果做成能生产的东西；同文把转化效能偏低列为卡点。" },
          { key: "industry-innovation", label: "产业创新", labelEn: "Industrial innovation", ...demandLoop,
            description: "新产品、新模式随之出现，产业得到升级。" },
          { key: "new-demand", label: "新需求", labelEn: "New demand", ...demandLoop,
            description: "升级后的产业提出更高的要求，下一轮由此开始。" },
        ],
      },
    ],
  },
  {
    key: "bottlenecks",
    groups: [
      {
        key: "doc000-bottlenecks",
        label: "中科院科技战略咨询研究院：四类卡点堵点",
        labelEn: "CAS Institutes of Science and Development: four kinds of bottleneck",
        nodes: [
          { key: "b-institutions", label: "体制机制", labelEn: "Institutions and rules", source: "doc-000", locator: "卡点堵点·体制机制(第18段)",
            description: "评价看重论文专利的数量，项目资金各管一摊，面向同一主体的政策方向不一。" },
          { key: "b-enterprises", label: "企业主体", labelEn: "Firms as innovators", source: "doc-000", locator: "卡点堵点·企业主体(第19段)",
            figure: "2024年有研发活动的规上工业企业占31.3%，平均研发强度1.64%",
            description: "企业缺少长期投入的底气和意愿，产学研与大中小企业之间协作不顺。" },
          { key: "b-factors", label: "创新要素", labelEn: "Innovation inputs", source: "doc-000", locator: "卡点堵点·要素配置(第20段)",
            description: "人才流动受编制等束缚，投早投小的耐心资本偏少，数据规则尚未定型。" },
          { key: "b-transfer", label: "成果转化", labelEn: "Commercialisation", source: "doc-000", locator: "卡点堵点·成果转化(第21段)",
            description: "概念验证和中试能力不足，技术市场与经理人欠缺，侵权代价低而维权难。" },
        ],
      },
      {
        key: "doc000-paths",
        label: "中科院科技战略咨询研究院：四条对策",
        labelEn: "CAS Institutes of Science and Development: four remedies",
        nodes: [
          { key: "p-supply", label: "高质量科技供给", labelEn: "High-quality S&T supply", source: "doc-000", locator: "对策·科技供给(第24段)",
            respondsTo: ["b-institutions"],
            description: "加强基础研究和关键技术攻关，并把各方科研力量编成协同网络。" },
          { key: "p-enterprise", label: "企业创新主体", labelEn: "Firms at the centre of innovation", source: "doc-000", locator: "对策·企业主体(第25段)",
            respondsTo: ["b-enterprises", "b-institutions"],
            description: "让攻关任务和科研资源更多交给企业，并按产业贡献评价成果。" },
          { key: "p-transfer", label: "成果转化通道", labelEn: "Channels for commercialisation", source: "doc-000", locator: "对策·转化通道(第26段)",
            respondsTo: ["b-transfer", "b-factors"],
            description: "靠开放场景、技术转移机构、中试平台和长期资本渡过死亡之谷。" },
          { key: "p-ecosystem", label: "空间布局与数字生态", labelEn: "Spatial layout and digital ecosystem", source: "doc-000", locator: "对策·空间与数字生态(第27段)",
            respondsTo: ["b-factors", "b-transfer"],
            description: "理顺区域创新分工，让数据有序流通，并用统一市场和严格知识产权保护改善环境。" },
        ],
      },
      {
        key: "doc002-problems",
        label: "和梦鑫：三类问题",
        labelEn: "He Mengxin: three kinds of problem",
        nodes: [
          { key: "q-breakpoints", label: "断点·体制机制", labelEn: "Breaks: institutions and rules", source: "doc-002", locator: "2. 现实问题·2.1",
            description: "成果评价偏重论文专利，中小企业研发少且求短期回报，协同链条因此断开。" },
          { key: "q-blockages", label: "堵点·要素配置", labelEn: "Blockages: allocation of inputs", source: "doc-002", locator: "2. 现实问题·2.2",
            description: "早期投资缺位、融资方式单一，人才培养又和市场需要对不上。" },
          { key: "q-weak-points", label: "弱点·生态体系", labelEn: "Weak points: the ecosystem", source: "doc-002", locator: "2. 现实问题·2.3",
            description: "芯片、操作系统等关键技术受制于人，上下游企业之间缺少沟通配合。" },
        ],
      },
      {
        key: "doc002-paths",
        label: "和梦鑫：三条路径",
        labelEn: "He Mengxin: three paths",
        nodes: [
          { key: "r-supply", label: "增加高质量科技供给", labelEn: "More high-quality S&T supply", source: "doc-002", locator: "4. 实践路径·4.1",
            respondsTo: ["q-weak-points"],
            description: "集中力量攻集成电路、基础软件等瓶颈领域，同时布局前沿方向。" },
          { key: "r-enterprise", label: "强化企业主体地位", labelEn: "A stronger role for firms", source: "doc-002", locator: "4. 实践路径·4.2",
            respondsTo: ["q-breakpoints", "q-blockages", "q-weak-points"],
            description: "用制度保障企业的创新自主权，让领军企业带动上下游，并扶持中小企业、联合育人。" },
          { key: "r-transfer", label: "促进成果转化应用", labelEn: "Putting research results to use", source: "doc-002", locator: "4. 实践路径·4.3",
            respondsTo: ["q-breakpoints", "q-weak-points"],
            description: "立项时就对准实际需求，补齐中介与转化平台，沿产业链布置创新链。" },
        ],
      },
    ],
  },
  {
    key: "forces",
    groups: [
      {
        key: "doc002-forces",
        label: "和梦鑫：三种动力",
        labelEn: "He Mengxin: three driving forces",
        nodes: [
          { key: "f-technology-push", label: "技术推动力", labelEn: "Technology push", ...forces("3.1 技术推动力"),
            description: "新技术带出新业态、压低成本，并沿产业链扩散，引出一波接一波的后续创新。" },
          { key: "f-demand-pull", label: "需求拉动力", labelEn: "Demand pull", ...forces("3.2 需求拉动力"),
            figure: "波士顿咨询：中国消费者为个性化产品付费的意愿比全球平均高23%",
            description: "消费者要求越来越多样、越来越个性，促使企业多投研发，也给新成果留出市场。" },
          { key: "f-policy-support", label: "政策支撑力", labelEn: "Policy support", ...forces("3.3 政策支撑力"),
            figure: "2016—2023年国家科技重大专项（半导体）面板回归：财政补贴+1% → 企业研发强度+0.38%",
            description: "补贴、税收优惠、产业规划和园区孵化器一起降低创新成本、引导资源集中。" },
        ],
      },
    ],
  },
  {
    key: "butterfly",
    groups: [
      {
        key: "guangming-butterfly",
        label: "光明科学城蝴蝶模型（樊建平）",
        labelEn: "Guangming Science City butterfly model (Fan Jianping)",
        nodes: [
          { key: "bf-head", label: "大学和研究所", labelEn: "Universities and research institutes", tags: ["蝶头"], tagsEn: ["Head"], ...butterfly,
            description: "产出源头知识和人才，决定整只蝴蝶朝哪里飞。" },
          { key: "bf-body", label: "重大公共科研设施设备", labelEn: "Major shared research facilities", tags: ["蝶身"], tagsEn: ["Body"], ...butterfly,
            description: "共用的大装置和仪器是躯干，把研究与产业连在一起。" },
          { key: "bf-market", label: "有效市场", labelEn: "Effective market", tags: ["一翼"], tagsEn: ["One wing"], ...butterfly,
            description: "由市场配置创新资源，把成果带向产品与应用。" },
          { key: "bf-government", label: "有为政府", labelEn: "Proactive government", tags: ["另一翼"], tagsEn: ["The other wing"], ...butterfly,
            description: "政府提供制度与组织上的托举；两只翅膀少一只都飞不起来。" },
        ],
      },
    ],
  },
  {
    key: "catch-up",
    groups: [
      {
        key: "three-questions",
        label: "产业出题的三道题（盛方富）",
        labelEn: "Three questions industry sets (Sheng Fangfu)",
        nodes: [
          { key: "q-upgrade", label: "升级题", labelEn: "Upgrading", tags: ["传统产业"], tagsEn: ["Traditional industries"], ...sheng("现代化产业体系·传统产业"),
            description: "传统产业借智能化、绿色化、融合化改造，向微笑曲线两端攀升。" },
          { key: "q-tackle", label: "攻坚题", labelEn: "Tackling hard problems", tags: ["战略性新兴产业"], tagsEn: ["Strategic emerging industries"], ...sheng("现代化产业体系·新兴产业"),
            description: "新兴产业按技术所处位置分别施策，即下方的三种策略。" },
          { key: "q-breakthrough", label: "突破题", labelEn: "Breaking through", tags: ["未来产业"], tagsEn: ["Future industries"], ...sheng("现代化产业体系·未来产业"),
            description: "未来产业取决于科技能否突破，要提前布局前沿领域。" },
        ],
      },
      {
        key: "emerging-industries",
        label: "三种状态并存的新兴产业",
        labelEn: "Emerging industries: behind, level or ahead",
        nodes: [
          { key: "emerging-eight", label: "八类战略性新兴产业", labelEn: "Eight strategic emerging industries", ...sheng("新兴产业攻坚题"),
            tags: [
              "新一代信息技术",
              "新能源",
              "新材料",
              "智能网联新能源汽车",
              "机器人",
              "生物医药",
              "高端装备",
              "航空航天",
            ],
            tagsEn: [
              "Next-generation IT",
              "New energy",
              "New materials",
              "Connected new-energy vehicles",
              "Robotics",
              "Biomedicine",
              "High-end equipment",
              "Aerospace",
            ],
            description: "与发达国家相比，这些产业的技术有的落后、有的相当、有的领先，需要区别对待。" },
        ],
      },
      {
        key: "strategies",
        label: "差异化的科技创新策略",
        labelEn: "Differentiated S&T innovation strategies",
        nodes: [
          { key: "s-following", label: "跟跑", labelEn: "Following", ...sheng("新兴产业攻坚题·跟跑"),
            tags: [
              "集成电路",
              "工业母机",
              "高端仪器",
              "基础软件",
            ],
            tagsEn: [
              "Integrated circuits",
              "Machine tools",
              "High-end instruments",
              "Basic software",
            ],
            description: "被卡脖子的领域靠新型举国体制和非常规举措，拿下关键核心技术。" },
          { key: "s-parallel", label: "并跑", labelEn: "Keeping pace", ...sheng("新兴产业攻坚题·并跑"),
            description: "让自上而下的部署与自下而上的探索合流，链主企业挑大梁，靠大规模应用示范把产业做大。" },
          { key: "s-leading", label: "领跑", labelEn: "Leading", ...sheng("新兴产业攻坚题·领跑"),
            description: "长期支持在无人区深入探索，配齐小试中试平台，缩短从技术到产业的时间。" },
        ],
      },
    ],
  },
  {
    key: "future-industries",
    groups: [
      {
        key: "doc003-directions",
        label: "浦江创新论坛：六个方向（樊建平）",
        labelEn: "Pujiang Innovation Forum: six directions (Fan Jianping)",
        nodes: [
          { key: "deep-space", label: "深空", labelEn: "Deep space", ...futureForum, description: "把探测和利用能力延伸到地球之外。" },
          { key: "deep-sea", label: "深海", labelEn: "Deep sea", ...futureForum, description: "走向海洋深处，开发海底资源与装备。" },
          { key: "deep-earth", label: "深地", labelEn: "Deep earth", ...futureForum, description: "向地下深部勘探，认识地质并获取资源。" },
          { key: "deep-brain", label: "深脑", labelEn: "Deep brain", ...futureForum, description: "弄清大脑如何工作，应对脑部疾病。" },
          { key: "deep-intelligence", label: "深智", labelEn: "Deep intelligence", ...futureForum, description: "发展更深层次的机器智能。" },
          { key: "life", label: "生命", labelEn: "Life", ...futureForum, description: "以生命科学与健康突破人体自身的局限。" },
        ],
      },
      {
        key: "doc004-directions",
        label: "江西智库版：六个前沿领域（盛方富）",
        labelEn: "Jiangxi think-tank page: six frontier fields (Sheng Fangfu)",
        nodes: [
          { key: "quantum", label: "量子科技", labelEn: "Quantum technology", ...sheng("未来产业突破题"), description: "借量子效应做计算、通信和精密测量。" },
          { key: "bio-manufacturing", label: "生物制造", labelEn: "Biomanufacturing", ...sheng("未来产业突破题"), description: "用细胞、酶等生物体系来生产材料、化学品和药物。" },
          { key: "hydrogen-fusion", label: "氢能和核聚变能", labelEn: "Hydrogen and fusion energy", ...sheng("未来产业突破题"), description: "面向低碳乃至零碳的新能源来源。" },
          { key: "brain-computer", label: "脑机接口", labelEn: "Brain–computer interfaces", ...sheng("未来产业突破题"), description: "在大脑与外部设备之间直接传递信号。" },
          { key: "embodied-ai", label: "具身智能", labelEn: "Embodied AI", ...sheng("未来产业突破题"), description: "让人工智能有了身体，能在真实环境里感知和行动。" },
          { key: "six-g", label: "第六代移动通信", labelEn: "6G mobile communications", ...sheng("未来产业突破题"), description: "继5G之后的下一代移动网络。" },
        ],
      },
    ],
  },
];
