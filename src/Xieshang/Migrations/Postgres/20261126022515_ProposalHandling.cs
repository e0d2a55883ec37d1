using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "proposals_proposal",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingResult",
                table: "proposals_proposal",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organization_gov_org_user",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_gov_org_user", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_user_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_organization_gov_org_user_platform_user_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_user",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    GovOrgId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReplyDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ContactedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContactMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CoOpinion = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: true),
                    CoOpinionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_assignment_organization_gov_org_GovOrgId",
                        column: x => x.GovOrgId,
                        principalTable: "organization_gov_org",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_assignment_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_evaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ContactMode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attitude = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Pertinent = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_evaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_evaluation_organization_membership_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "organization_membership",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_evaluation_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposals_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReplyClassD = table.Column<bool>(type: "boolean", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "proposals_reply",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Class = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Review = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals_reply", x => x.Id);
                    table.ForeignKey(
                        name: "FK_proposals_reply_proposals_assignment_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "proposals_assignment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_proposals_reply_proposals_proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "proposals_proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_CommitteeId",
                table: "organization_gov_org_user",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_CommitteeId_UserId_GovOrgId",
                table: "organization_gov_org_user",
                columns: new[] { "CommitteeId", "UserId", "GovOrgId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_GovOrgId",
                table: "organization_gov_org_user",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_organization_gov_org_user_UserId",
                table: "organization_gov_org_user",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId",
                table: "proposals_assignment",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_CommitteeId_GovOrgId_Status",
                table: "proposals_assignment",
                columns: new[] { "CommitteeId", "GovOrgId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_GovOrgId",
                table: "proposals_assignment",
                column: "GovOrgId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_assignment_ProposalId",
                table: "proposals_assignment",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_CommitteeId",
                table: "proposals_evaluation",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_MembershipId",
                table: "proposals_evaluation",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_evaluation_ProposalId_UserId_Round",
                table: "proposals_evaluation",
                columns: new[] { "ProposalId", "UserId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_AssignmentId",
                table: "proposals_reply",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_CommitteeId",
                table: "proposals_reply",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_reply_ProposalId",
                table: "proposals_reply",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_settings_CommitteeId",
                table: "proposals_settings",
                column: "CommitteeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_gov_org_user");

            migrationBuilder.DropTable(
                name: "proposals_evaluation");

            migrationBuilder.DropTable(
                name: "proposals_reply");

            migrationBuilder.DropTable(
                name: "proposals_settings");

            migrationBuilder.DropTable(
                name: "proposals_assignment");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "proposals_proposal");

            migrationBuilder.DropColumn(
                name: "TrackingResult",
                table: "proposals_proposal");
        }
    }
}
