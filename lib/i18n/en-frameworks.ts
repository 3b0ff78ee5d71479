// UI text of the /frameworks page in English (the twin of zh-CN-frameworks.ts, merged into en.ts).
import { seededSourceName } from "@/seed/data/source-names";
import type { frameworksMessages } from "./zh-CN-frameworks";

const name = (slug: string) => seededSourceName(slug, "en");
/** A document's title in running text, in quotation marks (as en.ts writes it). */
const titled = (slug: string) => `"${name(slug)}"`;

export const frameworksMessagesEn: typeof frameworksMessages = {
  nav: "Frameworks",
  title: "Conceptual frameworks",
  intro:
    "The analytical frameworks put forward in the five documents, drawn as diagrams. Each node has a short name, our own paraphrase and its source; select a node's name to open the document it cites.",
  contents: "On this page",
  sourceLabel: (slug: string) => name(slug),
  citedAt: "Source:",
  openSource: (slug: string) => `Open ${titled(slug)}`,
  sections: {
    chains: {
      title: "Four chains working together and the innovation loop",
      lead: `Top: the four-chain loop in ${titled("doc-001")}, with the matching chain marked under each step. Bottom: the cycle described in ${titled("doc-000")}. Arrows show the order of the steps; the dashed line shows the return to the start after a full round.`,
      note: `Which step matches which chain is our reading: ${titled("doc-001")} only lists the four chains side by side and names the four stages of the loop.`,
    },
    bottlenecks: {
      title: "Bottlenecks and ways to remove them",
      lead: 'Orange cards are the problems the documents identify; green cards are the paths they propose. The "Responds to" tags under each path list the problems it addresses.',
      note: 'We derived the "Responds to" tags from the policy paragraphs; neither document pairs problems and paths one by one.',
    },
    forces: {
      title: "Three forces behind integration",
      lead: `${titled("doc-002")} argues that three forces together drive the integration of S&T innovation and industrial innovation; labels with numbers are the empirical evidence the text gives.`,
      target: "Integration of S&T innovation and industrial innovation",
    },
    butterfly: {
      title: 'The "butterfly model" of Guangming Science City',
      lead: "At the 2025 Pujiang Innovation Forum, Fan Jianping likened the integration mechanism to a butterfly: its head, body and two wings each stand for one kind of force. The meaning of each part is listed below the figure.",
      figureLabel:
        "Butterfly model: the head is universities and research institutes, the body is major public research facilities, and the two wings are an effective market and a proactive government",
      partsTitle: "What each part means",
    },
    "catch-up": {
      title: "Following, running alongside, leading: policy by type of industry",
      lead: `In ${titled("doc-004")}, an article by Sheng Fangfu divides "industry sets the questions, science answers them" into three questions. The hardest one, for emerging industries, is split again into three strategies by where the technology stands, from following to leading, that is, from behind to ahead.`,
      namedIndustries: "Industries named in the text",
      noIndustriesNamed: "The text names no specific industry",
    },
    "future-industries": {
      title: "Future industries",
      lead: `Two documents each list six future industries. ${titled("doc-003")} looks at extending the space of human activity and pushing past human limits; ${titled("doc-004")} lists frontier, disruptive technology fields that need early planning.`,
    },
  },
  respondsTo: "Responds to",
  loopBack: (start: string) => `Back to "${start}" for the next round`,
  loopLabel: (title: string) => `${title}: the steps in order`,
};
