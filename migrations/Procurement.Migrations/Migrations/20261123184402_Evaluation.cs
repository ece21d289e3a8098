using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Procurement.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_events_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tender_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    named_by = table.Column<Guid>(type: "uuid", nullable: false),
                    named_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finalised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finalised_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tender_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_tender_evaluations_tenders_tender_id",
                        column: x => x.tender_id,
                        principalTable: "tenders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_consensus_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_number = table.Column<int>(type: "integer", nullable: false),
                    criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    set_by = table.Column<Guid>(type: "uuid", nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_consensus_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_consensus_scores_tender_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "tender_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_member_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_number = table.Column<int>(type: "integer", nullable: false),
                    criterion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_member_scores", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_member_scores_tender_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "tender_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declaration = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    conflict_statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_members_tender_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "tender_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_qualifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bid_id = table.Column<Guid>(type: "uuid", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_qualifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_qualifications_tender_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "tender_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_consensus_scores_evaluation_id_bid_id_lot_number",
                table: "evaluation_consensus_scores",
                columns: new[] { "evaluation_id", "bid_id", "lot_number", "criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_events_tender_id_at",
                table: "evaluation_events",
                columns: new[] { "tender_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_member_scores_evaluation_id_member_user_id_bid_i",
                table: "evaluation_member_scores",
                columns: new[] { "evaluation_id", "member_user_id", "bid_id", "lot_number", "criterion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_members_evaluation_id_user_id",
                table: "evaluation_members",
                columns: new[] { "evaluation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_members_user_id",
                table: "evaluation_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_qualifications_evaluation_id_bid_id",
                table: "evaluation_qualifications",
                columns: new[] { "evaluation_id", "bid_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tender_evaluations_tender_id",
                table: "tender_evaluations",
                column: "tender_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_consensus_scores");

            migrationBuilder.DropTable(
                name: "evaluation_events");

            migrationBuilder.DropTable(
                name: "evaluation_member_scores");

            migrationBuilder.DropTable(
                name: "evaluation_members");

            migrationBuilder.DropTable(
                name: "evaluation_qualifications");

            migrationBuilder.DropTable(
                name: "tender_evaluations");
        }
    }
}
