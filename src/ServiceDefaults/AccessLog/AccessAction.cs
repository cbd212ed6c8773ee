namespace APPlatform.ServiceDefaults.AccessLog;

public enum AccessAction
{
    Read,
    Change,
}
