import Link from "@/components/ui/link";
import { getMessages } from "@/lib/i18n";

export default function NotFound() {
  const m = getMessages().notFound;
  return (
    <div className="page-head">
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <p><Link href="/">{m.home}</Link></p>
    </div>
  );
}
