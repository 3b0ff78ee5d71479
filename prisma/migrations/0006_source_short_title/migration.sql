-- How the site names a source (a short title instead of an id or file name) and the GB/T 7714 type it is cited as.
ALTER TABLE "Source" ADD COLUMN "shortTitleZh" TEXT;
ALTER TABLE "Source" ADD COLUMN "citeType" TEXT;
