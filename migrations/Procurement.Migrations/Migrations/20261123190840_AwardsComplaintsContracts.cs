using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AwardsComplaintsContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    standstill_ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    superseded_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notice_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_award_decisions_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaint_document_files",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_document_files", x => x.document_id);
                });

            migrationBuilder.CreateTable(
                name: "award_decision_lots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_number = table.Column<int>(type: "integer", nullable: false),
                    lot_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supplier_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: true),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    unsuccessful_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    bids_received = table.Column<int>(type: "integer", nullable: false),
                    award_decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_decision_lots", x => x.id);
                    table.ForeignKey(
                        name: "fk_award_decision_lots_award_decisions_award_decision_id",
                        column: x => x.award_decision_id,
                        principalTable: "award_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lodged_by = table.Column<Guid>(type: "uuid", nullable: false),
                    lodged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_award_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "award_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_number = table.Column<int>(type: "integer", nullable: false),
                    lot_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    document_file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    document_size_bytes = table.Column<long>(type: "bigint", nullable: true),
                    document_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contracts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contracts_award_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "award_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contracts_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_documents_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_document_files",
                columns: table => new
                {
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_document_files", x => x.contract_id);
                    table.ForeignKey(
                        name: "fk_contract_document_files_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_decision_lots_award_decision_id",
                table: "award_decision_lots",
                column: "award_decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_decision_lots_supplier_id",
                table: "award_decision_lots",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_notice_published_at",
                table: "award_decisions",
                column: "notice_published_at");

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_tender_id_round",
                table: "award_decisions",
                columns: new[] { "tender_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_tender_id_standing",
                table: "award_decisions",
                column: "tender_id",
                unique: true,
                filter: "status <> 'Superseded'");

            migrationBuilder.CreateIndex(
                name: "ix_award_events_tender_id_at",
                table: "award_events",
                columns: new[] { "tender_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaint_documents_complaint_id",
                table: "complaint_documents",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_decision_id",
                table: "complaints",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tender_id_status",
                table: "complaints",
                columns: new[] { "tender_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_contracts_created_at",
                table: "contracts",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_contracts_decision_id_lot_id",
                table: "contracts",
                columns: new[] { "decision_id", "lot_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contracts_supplier_id",
                table: "contracts",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_contracts_tender_id",
                table: "contracts",
                column: "tender_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_decision_lots");

            migrationBuilder.DropTable(
                name: "award_events");

            migrationBuilder.DropTable(
                name: "complaint_document_files");

            migrationBuilder.DropTable(
                name: "complaint_documents");

            migrationBuilder.DropTable(
                name: "contract_document_files");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "award_decisions");
        }
    }
}
