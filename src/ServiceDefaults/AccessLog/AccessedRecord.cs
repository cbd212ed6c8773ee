namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>A pupil's record as the access log names it: its kind and id, the pupil, and the school whose pupil it is.</summary>
public sealed record AccessedRecord(string Kind, Guid Id, Guid PupilId, Guid SchoolId);
