using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Tenders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "tender_reference_numbers");

            migrationBuilder.CreateTable(
                name: "tenders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ocid = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    procedure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    evaluation_method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    clarification_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submission_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    short_period_justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    scheduled_publication_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    opening_public_key = table.Column<byte[]>(type: "bytea", nullable: true),
                    opening_key_fingerprint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    opening_key_not_before = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    opening_key_format = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    opening_key_kek_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    opening_key_nonce = table.Column<byte[]>(type: "bytea", nullable: true),
                    opening_key_wrapped = table.Column<byte[]>(type: "bytea", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenders", x => x.id);
                    table.ForeignKey(
                        name: "fk_tenders_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tender_criteria",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    weight = table.Column<int>(type: "integer", nullable: false),
                    is_price = table.Column<bool>(type: "boolean", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_criteria", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_criteria_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tender_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_documents_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tender_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_events_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tender_lots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    cpv_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    estimated_value_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    estimated_value_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_lots", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_lots_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tender_document_files",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_document_files", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_tender_document_files_tender_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "tender_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tender_criteria_tender_id",
                table: "tender_criteria",
                column: "tender_id");

            migrationBuilder.CreateIndex(
                name: "ix_tender_documents_tender_id",
                table: "tender_documents",
                column: "tender_id");

            migrationBuilder.CreateIndex(
                name: "ix_tender_events_tender_id_at",
                table: "tender_events",
                columns: new[] { "tender_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_tender_lots_cpv_code",
                table: "tender_lots",
                column: "cpv_code");

            migrationBuilder.CreateIndex(
                name: "ix_tender_lots_tender_id",
                table: "tender_lots",
                column: "tender_id");

            migrationBuilder.CreateIndex(
                name: "ix_tenders_agency_id",
                table: "tenders",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_tenders_ocid",
                table: "tenders",
                column: "ocid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenders_reference",
                table: "tenders",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenders_status_submission_deadline",
                table: "tenders",
                columns: new[] { "status", "submission_deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tender_criteria");

            migrationBuilder.DropTable(
                name: "tender_document_files");

            migrationBuilder.DropTable(
                name: "tender_events");

            migrationBuilder.DropTable(
                name: "tender_lots");

            migrationBuilder.DropTable(
                name: "tender_documents");

            migrationBuilder.DropTable(
                name: "tenders");

            migrationBuilder.DropSequence(
                name: "tender_reference_numbers");
        }
    }
}
