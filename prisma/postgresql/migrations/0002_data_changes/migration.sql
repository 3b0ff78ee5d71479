-- Tells every app instance that the data changed, whoever changed them (an instance, the import CLI, the seed,
-- psql): each write to a data table notifies the channel kechan_data_changed at its commit, and every instance
-- listening empties its page cache (lib/db/changes.ts). SQLite needs none of this: its data_version does the job.
-- LoginFailure is not data a page shows, so writing it notifies no one.
CREATE FUNCTION kechan_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kechan_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Source_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "Region_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "Indicator_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Indicator" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "Observation_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Observation" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "StageScheme_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StageScheme" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "StageBand_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StageBand" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "ZoneCase_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ZoneCase" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "ZoneFeature_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ZoneFeature" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "RegionNote_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RegionNote" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
CREATE TRIGGER "IndexSpec_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IndexSpec" FOR EACH STATEMENT EXECUTE FUNCTION kechan_data_changed();
