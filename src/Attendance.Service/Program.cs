using APPlatform.Attendance;
using APPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(AttendanceServiceExtensions.ServiceName);
builder.AddAttendanceServices();

var app = builder.Build();
app.UseServiceDefaults();
app.MapAttendanceApis();
app.Run();
