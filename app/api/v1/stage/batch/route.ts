import { toErrorResponse } from "@/lib/errors";
import { batchCsv, batchProblemMessages, runBatchForm } from "@/lib/stage-batch";

/** POST multipart or urlencoded form data: text and/or file, format=json|csv. */
export async function POST(request: Request): Promise<Response> {
  try {
    let formData: FormData;
    try {
      formData = await request.formData();
    } catch {
      return Response.json(
        { error: "Invalid input: body", issues: [{ path: ["body"], message: "send form data (multipart/form-data or application/x-www-form-urlencoded)" }] },
        { status: 400 },
      );
    }
    const result = await runBatchForm(formData);
    if (!result.ok) {
      const issues = [{ path: [result.field], message: batchProblemMessages[result.problem] }];
      return Response.json({ error: `Invalid input: ${result.field}`, issues }, { status: 400 });
    }
    if (formData.get("format") === "csv") {
      return new Response(batchCsv(result.rows), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="kechan-stages.csv"',
        },
      });
    }
    return Response.json({ scheme: "gcr-2014-2015", rows: result.rows, errors: result.errors });
  } catch (error) {
    return toErrorResponse(error);
  }
}
