using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xieshang.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalHonours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsExcellent",
                table: "proposals_proposal",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsKey",
                table: "proposals_proposal",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "KeyNote",
                table: "proposals_proposal",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KeySupervisorId",
                table: "proposals_proposal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposals_proposal_KeySupervisorId",
                table: "proposals_proposal",
                column: "KeySupervisorId");

            migrationBuilder.AddForeignKey(
                name: "FK_proposals_proposal_organization_membership_KeySupervisorId",
                table: "proposals_proposal",
                column: "KeySupervisorId",
                principalTable: "organization_membership",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_proposals_proposal_organization_membership_KeySupervisorId",
                table: "proposals_proposal");

            migrationBuilder.DropIndex(
                name: "IX_proposals_proposal_KeySupervisorId",
                table: "proposals_proposal");

            migrationBuilder.DropColumn(
                name: "IsExcellent",
                table: "proposals_proposal");

            migrationBuilder.DropColumn(
                name: "IsKey",
                table: "proposals_proposal");

            migrationBuilder.DropColumn(
                name: "KeyNote",
                table: "proposals_proposal");

            migrationBuilder.DropColumn(
                name: "KeySupervisorId",
                table: "proposals_proposal");
        }
    }
}
