# syntax=docker/dockerfile:1
# Build stage: restore and publish the bot with the .NET SDK.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Bot.sln ./
COPY src/Knowledge/Knowledge.csproj src/Knowledge/
COPY src/Bot/Bot.csproj src/Bot/
RUN dotnet restore src/Bot/Bot.csproj
COPY src/ src/
COPY content/ content/
RUN dotnet publish src/Bot/Bot.csproj -c Release -o /app/publish --no-restore

# Runtime stage: ASP.NET Core runtime only, non-root user, data on a volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
# The publish output already holds content/ (faq-id.md, ikrar.md); Content__Path can point elsewhere.
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    Storage__Sqlite__Path=/app/data/netralbot.db \
    DOTNET_NOLOGO=1
VOLUME /app/data
EXPOSE 8080
# Health: GET /healthz answers "ok" (the runtime image has no curl; probe it from the orchestrator).
ENTRYPOINT ["dotnet", "NetralBot.dll"]
CMD ["serve"]
