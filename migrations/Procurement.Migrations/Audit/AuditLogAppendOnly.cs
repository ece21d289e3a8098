using Microsoft.EntityFrameworkCore.Migrations;

namespace Procurement.Migrations.Audit;

/// <summary>
/// Triggers that make <c>audit_log</c> append-only for everyone but its owner and superusers (who can disable them):
/// an UPDATE, DELETE or TRUNCATE fails with an error. The hash chain makes a change detectable; these make it hard to
/// make by mistake or through the app.
/// </summary>
internal static class AuditLogAppendOnly
{
    public const string RowTrigger = "audit_log_append_only";
    public const string TruncateTrigger = "audit_log_no_truncate";

    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit log is append-only: % on audit_log is not allowed.', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$;
            """);
        migrationBuilder.Sql($"CREATE TRIGGER {RowTrigger} BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();");
        migrationBuilder.Sql($"CREATE TRIGGER {TruncateTrigger} BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {TruncateTrigger} ON audit_log;");
        migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {RowTrigger} ON audit_log;");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_log_refuse_change();");
    }
}
