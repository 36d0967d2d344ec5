@echo off
rem Runs the Retort command line on Windows (JAVA_HOME, else java on the PATH).
setlocal
set "RETORT_HOME=%~dp0.."
if defined JAVA_HOME (set "RETORT_JAVA=%JAVA_HOME%\bin\java.exe") else (set "RETORT_JAVA=java")
"%RETORT_JAVA%" -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5 -XX:+UseSerialGC -Xss512k -jar "%RETORT_HOME%\lib\retort.jar" %*
exit /b %ERRORLEVEL%
