namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// What a caller did with a pupil's record: read (it was returned to them) or change (it was written).
/// </summary>
public enum AccessAction
{
    Read,
    Change,
}
