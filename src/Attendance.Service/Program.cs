using APPlatform.Attendance;
using APPlatform.ServiceDefaults;
using APPlatform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(AttendanceServiceExtensions.ServiceName);
builder.AddAttendanceServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAttendanceApis();
return await app.RunOrMigrateAsync();
