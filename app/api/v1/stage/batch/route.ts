import { toErrorResponse } from "@/lib/errors";
import { batchCsv, batchErrorBody, runBatchForm } from "@/lib/stage-batch";

/** POST multipart or urlencoded form data: text and/or file, growth and year (optional), format=json|csv. */
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
    const result = await runBatchForm(formData, { currentYear: new Date().getFullYear() });
    if (!result.ok) return Response.json(batchErrorBody(result.problems), { status: 400 });
    if (result.format === "csv") {
      return new Response(batchCsv(result), {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="kechan-batch-stages.csv"',
        },
      });
    }
    return Response.json({ scheme: "gcr-2014-2015", projection: result.projection, rows: result.rows, errors: result.errors });
  } catch (error) {
    return toErrorResponse(error);
  }
}
