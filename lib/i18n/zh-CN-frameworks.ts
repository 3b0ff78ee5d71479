// UI text of the /frameworks page in Simplified Chinese (to be merged into the main catalogue).
import { seededSourceName as name } from "@/seed/data/source-names";

export const frameworksMessages = {
  nav: "概念框架",
  title: "概念框架",
  intro:
    "五份文献提出的分析框架，画成图示。每个节点都给出简短名称、本站的转述和出处；点击节点名称可打开所引文献。",
  contents: "本页目录",
  sourceLabel: (slug: string) => name(slug),
  citedAt: "出处",
  openSource: (slug: string) => `打开${name(slug)}`,
  sections: {
    chains: {
      title: "四链协同与创新闭环",
      lead: `上图：${name("doc-001")}的四链闭环，每一步下方标出对应的链。下图：${name("doc-000")}描述的循环。箭头表示先后次序，虚线表示走完一圈回到起点。`,
      note: `哪一步对应哪条链是本站的解读，${name("doc-001")}只把四条链并列，并给出闭环的四个环节。`,
    },
    bottlenecks: {
      title: "卡点堵点与破解路径",
      lead: "橙色卡片是文献指出的问题，绿色卡片是文献给出的路径；每条路径下的“回应”标签列出它针对的问题。",
      note: "“回应”标签由本站根据对策段落的内容归纳，两篇文献都没有把问题和路径逐条配对。",
    },
    forces: {
      title: "融合的三种动力",
      lead: `${name("doc-002")}认为三股力量共同推动科技创新与产业创新融合；带数字的标签是文中给出的实证依据。`,
      target: "科技创新与产业创新融合",
    },
    butterfly: {
      title: "光明科学城“蝴蝶模型”",
      lead: "樊建平在2025浦江创新论坛上用蝴蝶比喻融合机制：蝶头、蝶身和两只翅膀各对应一类力量。图下列出各部分的含义。",
      figureLabel: "蝴蝶模型示意：蝶头为大学和研究所，蝶身为重大公共科研设施设备，两翼为有效市场和有为政府",
      partsTitle: "各部分的含义",
    },
    "catch-up": {
      title: "跟跑、并跑、领跑：按产业分类施策",
      lead: `${name("doc-004")}中盛方富一文把“产业出题、科技答题”分成三道题；其中新兴产业的攻坚题再按技术所处位置分为三种策略，从跟跑到领跑，技术位置由落后到领先。`,
      namedIndustries: "文中点名的产业",
      noIndustriesNamed: "原文未点名具体产业",
    },
    "future-industries": {
      title: "未来产业方向",
      lead: `两份文献各列出六个未来产业方向。${name("doc-003")}从拓展人类活动空间和突破人自身极限两方面着眼；${name("doc-004")}列的是需要前瞻布局的前沿颠覆性技术领域。`,
    },
  },
  respondsTo: "回应",
  loopBack: (start: string) => `回到“${start}”，开始下一轮`,
  loopLabel: (title: string) => `${title}：按顺序排列的环节`,
};

export type FrameworksMessages = typeof frameworksMessages;
