import type { Metadata } from "next";
import { BottleneckPairs } from "@/components/frameworks/bottleneck-pairs";
import { ButterflyDiagram } from "@/components/frameworks/butterfly-diagram";
import { CatchUpStrategies } from "@/components/frameworks/catch-up-strategies";
import { ForcesDiagram } from "@/components/frameworks/forces-diagram";
import { FrameworkSection, frameworkSectionId } from "@/components/frameworks/framework-section";
import { FutureDirections } from "@/components/frameworks/future-directions";
import { requireGroup } from "@/components/frameworks/lookup";
import { StepFlow } from "@/components/frameworks/step-flow";
import { requestMessages } from "@/lib/i18n/request";
import { getFrameworksByKey } from "@/lib/queries/frameworks";
import { frameworkKeys } from "@/lib/validation/frameworks";
import "./frameworks.css";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await requestMessages();
  return { title: m.frameworks.title, description: m.frameworks.intro };
}

export default async function FrameworksPage() {
  const { locale, m: messages } = await requestMessages();
  const m = messages.frameworks;
  const fw = await getFrameworksByKey();
  const s = m.sections;
  return (
    <>
      <div className="page-head">
        <h1>{m.title}</h1>
        <p>{m.intro}</p>
      </div>
      <nav className="fw-contents" aria-label={m.contents}>
        <ol>
          {frameworkKeys.map((key) => (
            <li key={key}><a href={`#${frameworkSectionId(key)}`}>{s[key].title}</a></li>
          ))}
        </ol>
      </nav>

      <FrameworkSection frameworkKey="chains" title={s.chains.title} lead={s.chains.lead} note={s.chains.note}>
        <StepFlow locale={locale} group={requireGroup(fw.chains, "four-chain-loop")} isLoop />
        <StepFlow locale={locale} group={requireGroup(fw.chains, "demand-loop")} isLoop />
      </FrameworkSection>

      <FrameworkSection frameworkKey="bottlenecks" title={s.bottlenecks.title} lead={s.bottlenecks.lead} note={s.bottlenecks.note}>
        <BottleneckPairs locale={locale} problems={requireGroup(fw.bottlenecks, "doc000-bottlenecks")} paths={requireGroup(fw.bottlenecks, "doc000-paths")} />
        <BottleneckPairs locale={locale} problems={requireGroup(fw.bottlenecks, "doc002-problems")} paths={requireGroup(fw.bottlenecks, "doc002-paths")} />
      </FrameworkSection>

      <FrameworkSection frameworkKey="forces" title={s.forces.title} lead={s.forces.lead}>
        <ForcesDiagram locale={locale} forces={requireGroup(fw.forces, "doc002-forces")} />
      </FrameworkSection>

      <FrameworkSection frameworkKey="butterfly" title={s.butterfly.title} lead={s.butterfly.lead}>
        <ButterflyDiagram locale={locale} model={requireGroup(fw.butterfly, "guangming-butterfly")} />
      </FrameworkSection>

      <FrameworkSection frameworkKey="catch-up" title={s["catch-up"].title} lead={s["catch-up"].lead}>
        <CatchUpStrategies locale={locale} framework={fw["catch-up"]} />
      </FrameworkSection>

      <FrameworkSection frameworkKey="future-industries" title={s["future-industries"].title} lead={s["future-industries"].lead}>
        <FutureDirections locale={locale} framework={fw["future-industries"]} />
      </FrameworkSection>
    </>
  );
}
