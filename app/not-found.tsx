import Link from "@/components/ui/link";
import { requestMessages } from "@/lib/i18n/request";

export default async function NotFound() {
  const { locale, m } = await requestMessages();
  return (
    <div className="page-head">
      <h1>{m.notFound.title}</h1>
      <p>{m.notFound.body}</p>
      <p><Link locale={locale} href="/">{m.notFound.home}</Link></p>
    </div>
  );
}
