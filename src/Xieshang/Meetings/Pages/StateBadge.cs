namespace Xieshang.Meetings.Pages;

/// <summary>The badge colour of a participation or activity state; the badge always carries the word as well.</summary>
public static class StateBadge
{
    public static string Of(string state) => state switch
    {
        "CHECKED_IN" or "WALK_IN" or "SIGNED_UP" or "LEAVE_APPROVED" or "PUBLISHED" or "CLOSED" => "badge-ok",
        "ABSENT" or "LEAVE_DENIED" or "CANCELLED" => "badge-danger",
        "LEAVE_REQUESTED" or "INVITED" or "PENDING_APPROVAL" or "NOT_LISTED" => "badge-warn",
        _ => "badge-info",
    };
}
