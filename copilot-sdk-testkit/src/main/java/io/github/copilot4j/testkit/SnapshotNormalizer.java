package io.github.copilot4j.testkit;

import io.github.copilot4j.testkit.ReplaySnapshot.Message;
import io.github.copilot4j.testkit.ReplaySnapshot.ToolCall;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings live chat-completions requests into the normalised form of the recorded snapshots, and recorded assistant
 * messages back into the live form for replies. The rules are those of the official SDKs' replay proxy: volatile
 * context stripped from user messages, tool results unwrapped and canonicalised, tool call ids renumbered, shell
 * tool names and the work directory replaced by placeholders, and environment-specific tool output normalised.
 */
final class SnapshotNormalizer {

    /** The placeholder for the work directory. */
    static final String WORKDIR = "${workdir}";

    /** What a BYOK replay puts between adjacent user messages it merges. */
    static final String USER_MESSAGE_SEPARATOR = "\n\n\n";

    /** The white space of JavaScript regular expressions ({@code \s}) and of {@code String.prototype.trim}. */
    private static final String JS_SPACE_CHARS =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final String S = "[" + JS_SPACE_CHARS + "]";
    /** What JavaScript's {@code .} matches without the {@code s} flag. */
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";

    private static final Pattern SKILL_FRONT_MATTER = Pattern.compile("(<skill-context\\b[^>]*>" + S
            + "*Base directory for this skill:[^\\r\\n]*(?:\\r?\\n)+)---\\r?\\n(?:(?!</skill-context>)[\\s\\S])*?"
            + "\\r?\\n---(?:\\r?\\n)+");
    private static final Pattern TASK_COMPLETION_NOTICE = Pattern.compile("Agent \"([^\"]+)\" \\(([^)]+)\\) "
            + "(?:has completed successfully|has finished processing and is now idle)\\. Use read_agent with agent_id "
            + "\"[^\"]+\" to (?:retrieve (?:unread results|the full results)|read the results, or write_agent to send "
            + "follow-up messages)\\.");
    private static final String TASK_COMPLETION_CANONICAL = "Agent \"$1\" ($2) has completed successfully. Use "
            + "read_agent with agent_id \"$1\" to retrieve the full results.";
    private static final Pattern CURRENT_DATETIME = Pattern.compile(
            "<current_datetime>" + DOT + "*?</current_datetime>");
    /** Removed one tag after the other, in this order. */
    private static final List<Pattern> CONTEXT_BLOCKS = List.of(
            Pattern.compile("<reminder>.*?</reminder>", Pattern.DOTALL),
            Pattern.compile("<system_reminder>.*?</system_reminder>", Pattern.DOTALL),
            Pattern.compile("<agent_instructions>.*?</agent_instructions>", Pattern.DOTALL));
    private static final Pattern PLAN_MARKER = Pattern.compile("^" + S + "*\\[\\[PLAN\\]\\]" + S + "*");
    private static final Pattern COMPACTION_PROMPT = Pattern.compile(
            "Please create a detailed summary of the conversation so far\\. The history is being compacted.*",
            Pattern.DOTALL);

    private static final Pattern LARGE_OUTPUT_FILE = Pattern.compile("\\d+-copilot-tool-output-[a-z0-9.]+");
    private static final String LARGE_OUTPUT_PLACEHOLDER = "PLACEHOLDER-copilot-tool-output-PLACEHOLDER";
    private static final Pattern LARGE_OUTPUT_PATH = Pattern.compile("(?:[A-Za-z]:)?[^" + JS_SPACE_CHARS
            + "\"'`]*[\\\\/]session-state[\\\\/]temp[\\\\/]" + LARGE_OUTPUT_PLACEHOLDER);
    private static final Pattern INTERRUPTED = Pattern.compile("Failed to execute `[^`]+` tool(?: with arguments: "
            + "[\\s\\S]*?)? due to error: (?:Error: )?Session aborted"
            + "|<shell context is being reconfigured; retry the command>");
    static final String INTERRUPTED_CANONICAL = "The execution of this tool, or a previous tool was interrupted.";
    private static final Pattern SHELL_EXIT_MARKER = Pattern.compile(
            "<shellId:" + S + "*[^>\\r\\n]+?" + S + "+completed with exit code (-?\\d+)>");
    private static final String GH_AUTH_REQUIRED = "${gh_auth_required}";
    private static final Pattern GH_AUTH_ACTIONS = Pattern.compile("gh: To use GitHub CLI in a GitHub Actions "
            + "workflow, set the GH_TOKEN environment variable\\. Example:" + S + "*\\n" + S + "*env:" + S + "*\\n" + S
            + "*GH_TOKEN: \\$\\{\\{ github\\.token \\}\\}");
    private static final Pattern GH_AUTH_LOCAL = Pattern.compile("To get started with GitHub CLI, please run:" + S
            + "*gh auth login" + S + "*\\n" + S + "*Alternatively, populate the GH_TOKEN environment variable with a "
            + "GitHub API authentication token\\.");
    private static final Pattern GH_AUTH_UNTRUSTED_CA = Pattern.compile("[^\\n]*Post \"https://api\\.github\\.com/"
            + "graphql\": tls: failed to verify certificate: x509: certificate signed by unknown authority" + S
            + "*\\n<exited with exit code 1>");
    private static final Pattern GH_HTTP_401 = Pattern.compile("(?:HTTP|GraphQL)[ \\t:]+401");
    private static final Pattern EXIT_CODE_LINE = Pattern.compile("<exited with exit code \\d+>");
    private static final Pattern AVAILABLE_TOOLS = Pattern.compile(
            "(Tool '[^']+' does not exist\\.) Available tools that can be called are [^.]*\\.");
    private static final Pattern BACKGROUND_AGENT_STARTED = Pattern.compile("Agent started in background with "
            + "agent_id: (.*?)(\\. You'll be notified when it completes\\. Tell the user you're waiting and end your "
            + "response, or continue unrelated work until notified\\.).*", Pattern.DOTALL);
    private static final Pattern BACKGROUND_AGENT_ID = Pattern.compile(
            "Agent started in background with agent_id: (.*?)\\. You'll be notified when it completes\\.",
            Pattern.DOTALL);
    private static final Pattern READ_AGENT_IDLE = Pattern.compile("^Agent is idle \\(waiting for messages\\)\\.");
    private static final Pattern READ_AGENT_IDLE_STATUS = Pattern.compile(
            "^Agent completed\\. (" + DOT + "*), status: idle,");
    private static final Pattern READ_AGENT_TURNS = Pattern.compile(", total_turns: \\d+(?=\\r?\\n|\\z)");
    private static final Pattern READ_AGENT_TURN_HEADER = Pattern.compile("\\r?\\n\\r?\\n\\[Turn \\d+\\]\\r?\\n");
    private static final Pattern READ_AGENT_ELAPSED = Pattern.compile("\\belapsed: \\d+(?:\\.\\d+)?s\\b");
    private static final Pattern READ_AGENT_DURATION = Pattern.compile("\\bduration: \\d+(?:\\.\\d+)?s\\b");

    private static final Pattern NORMALISED_TOOL_CALL_ID = Pattern.compile("toolcall_(\\d+)");
    private static final Pattern RELATIVE_WINDOWS_PATH = Pattern.compile(
            "(?<![a-zA-Z0-9_\\\\])([a-zA-Z0-9_.-]+(?:\\\\[a-zA-Z0-9_.-]+)+)");
    private static final Pattern SLASHES = Pattern.compile("[\\\\/]+");

    /** A tool result normaliser for the tool {@code toolName} ({@code *} for all, {@code ${shell}} for the shell). */
    record ToolResultNormalizer(String toolName, UnaryOperator<String> normalizer) {

        ToolResultNormalizer {
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(normalizer, "normalizer");
        }
    }

    /** The normalisers every replay applies, in order. */
    static final List<ToolResultNormalizer> DEFAULT_TOOL_RESULT_NORMALIZERS = List.of(
            new ToolResultNormalizer("*", SnapshotNormalizer::normalizeLargeOutputFilePaths),
            new ToolResultNormalizer("*", SnapshotNormalizer::normalizeInterruptedToolResult),
            new ToolResultNormalizer("${shell}", SnapshotNormalizer::normalizeShellExitMarkers),
            new ToolResultNormalizer("*", SnapshotNormalizer::normalizeGhAuthMessages),
            new ToolResultNormalizer("*", SnapshotNormalizer::normalizeAvailableToolNames),
            new ToolResultNormalizer("*", SnapshotNormalizer::normalizeBackgroundAgentStartMessage),
            new ToolResultNormalizer("read_agent", SnapshotNormalizer::normalizeReadAgentResult));

    /**
     * A live request in normalised form.
     *
     * @param model the requested model
     * @param stream whether the request asked for server-sent events
     * @param messages the normalised messages
     * @param rawMessages the messages as sent
     * @param backgroundAgentIds the runtime id of each background agent, by its stable name
     */
    record NormalizedRequest(String model, boolean stream, List<Message> messages, ArrayNode rawMessages,
            Map<String, String> backgroundAgentIds) {
    }

    private final String workDirectory;
    private final List<Pattern> workDirectoryPatterns;
    private final Map<String, String> shellToolPlaceholders;
    private final List<ToolResultNormalizer> toolResultNormalizers;

    /**
     * A normaliser for requests of a CLI running in {@code workDirectory}.
     *
     * @param windowsShell whether the shell tools are the PowerShell ones
     * @param extraToolResultNormalizers applied after the default ones
     */
    SnapshotNormalizer(Path workDirectory, boolean windowsShell,
            List<ToolResultNormalizer> extraToolResultNormalizers) {
        Path absolute = workDirectory.toAbsolutePath().normalize();
        this.workDirectory = absolute.toString();
        List<String> aliases = new ArrayList<>();
        aliases.add(this.workDirectory);
        try {
            String real = absolute.toRealPath().toString();
            if (!real.equals(this.workDirectory)) {
                aliases.add(real);
            }
        } catch (IOException e) {
            // A directory that does not exist yet only has the name it was given.
        }
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        this.workDirectoryPatterns = aliases.stream().map(SnapshotNormalizer::workDirectoryPattern).toList();
        String prefix = windowsShell ? "powershell" : "bash";
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put(prefix, "${shell}");
        placeholders.put("read_" + prefix, "${read_shell}");
        placeholders.put("write_" + prefix, "${write_shell}");
        this.shellToolPlaceholders = Map.copyOf(placeholders);
        List<ToolResultNormalizer> normalizers = new ArrayList<>(DEFAULT_TOOL_RESULT_NORMALIZERS);
        normalizers.addAll(extraToolResultNormalizers);
        this.toolResultNormalizers = List.copyOf(normalizers);
    }

    private static Pattern workDirectoryPattern(String directory) {
        String slashed = directory.replace('\\', '/').replaceAll("/+$", "");
        StringBuilder regex = new StringBuilder();
        String[] segments = slashed.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                regex.append("[\\\\/]+");
            }
            if (!segments[i].isEmpty()) {
                regex.append(Pattern.quote(segments[i]));
            }
        }
        regex.append("([\\\\/]+[^").append(JS_SPACE_CHARS).append("\"'`,]*)?");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Normalises a chat-completions request body.
     *
     * @param coalesceUserMessages whether to merge adjacent user messages first, as BYOK replays do
     * @throws IllegalArgumentException if the body is not a chat-completions request with a model
     */
    NormalizedRequest normalizeRequest(JsonNode body, boolean coalesceUserMessages) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("the request body is not a JSON object");
        }
        String model = body.path("model").isString() ? body.path("model").stringValue() : "";
        if (model.isEmpty()) {
            throw new IllegalArgumentException("the request names no model");
        }
        if (!body.path("messages").isArray()) {
            throw new IllegalArgumentException("the request has no messages array");
        }
        ArrayNode raw = (ArrayNode) body.path("messages");
        ArrayNode messages = coalesceUserMessages ? coalesceRawUserMessages(raw) : raw;
        return new NormalizedRequest(model, body.path("stream").isBoolean() && body.path("stream").booleanValue(),
                normalizeMessages(messages), raw, backgroundAgentIds(raw));
    }

    /** Steps 1 to 10 of the snapshot normalisation for one request's messages. */
    List<Message> normalizeMessages(ArrayNode rawMessages) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode raw : rawMessages) {
            messages.add(transformRequestMessage(raw));
        }
        messages = normalizeToolCalls(messages);
        messages = sortToolResults(messages);
        return replaceFileNames(messages);
    }

    /** The normalisations applied to stored messages when a snapshot is loaded. */
    static List<Message> normalizeStored(List<Message> stored) {
        List<Message> messages = new ArrayList<>();
        for (Message message : sortToolResults(stored)) {
            String content = message.content();
            if (content != null && message.role().equals("user")) {
                message = message.withContent(replaceTaskCompletionNotices(content));
            } else if (content != null && message.role().equals("tool")) {
                content = normalizeInterruptedToolResult(content);
                content = normalizeAvailableToolNames(content);
                content = normalizeBackgroundAgentStartMessage(content);
                message = message.withContent(normalizeReadAgentResult(content));
            }
            messages.add(message);
        }
        return List.copyOf(messages);
    }

    /** Stored messages as a BYOK replay compares them: adjacent user messages merged. */
    static List<Message> coalesceUserMessages(List<Message> messages) {
        List<Message> result = new ArrayList<>();
        for (Message message : messages) {
            Message previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous == null || !previous.role().equals("user") || !message.role().equals("user")) {
                result.add(message);
                continue;
            }
            String previousContent = previous.content() == null ? "" : previous.content();
            String currentContent = message.content() == null ? "" : message.content();
            String separator = !previousContent.isEmpty() && !currentContent.isEmpty() ? USER_MESSAGE_SEPARATOR : "";
            String content = previousContent + separator + currentContent;
            List<ToolCall> toolCalls = new ArrayList<>(previous.toolCalls());
            toolCalls.addAll(message.toolCalls());
            result.set(result.size() - 1, new Message(previous.role(), previous.toolCallId(),
                    content.isEmpty() ? previous.content() : content, previous.refusal(), toolCalls));
        }
        return List.copyOf(result);
    }

    private static ArrayNode coalesceRawUserMessages(ArrayNode raw) {
        ArrayNode result = raw.arrayNode();
        for (JsonNode message : raw) {
            JsonNode previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && isUserText(previous) && isUserText(message)) {
                String merged = trimEnd(previous.path("content").stringValue()) + USER_MESSAGE_SEPARATOR
                        + trimStart(message.path("content").stringValue());
                ((ObjectNode) previous).put("content", merged);
            } else {
                result.add(message.deepCopy());
            }
        }
        for (JsonNode message : result) {
            if (isUserText(message)) {
                String content = normalizeUserMessage(message.path("content").stringValue());
                ((ObjectNode) message).put("content", content.replaceAll("\\n{5,}", USER_MESSAGE_SEPARATOR));
            }
        }
        return result;
    }

    private static boolean isUserText(JsonNode message) {
        return message.isObject() && "user".equals(message.path("role").asString(""))
                && message.path("content").isString();
    }

    /** Steps 1 to 4: one request message in normalised form, with its own tool call ids and names. */
    private static Message transformRequestMessage(JsonNode raw) {
        String role = raw.path("role").asString("");
        JsonNode rawContent = raw.path("content");
        String content = null;
        if (role.equals("system")) {
            content = "${system}";
        } else if (role.equals("user") && rawContent.isString()) {
            content = normalizeUserMessage(rawContent.stringValue());
        } else if (role.equals("user") && rawContent.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : rawContent) {
                String type = part.path("type").asString("");
                if (type.equals("text") && part.path("text").isString()) {
                    parts.add(normalizeUserMessage(part.path("text").stringValue()));
                } else if (type.equals("image_url")) {
                    parts.add("[image]");
                }
            }
            content = String.join("\n", parts);
        } else if (role.equals("tool") && rawContent.isString()) {
            content = normalizeToolContent(rawContent.stringValue());
        } else if (rawContent.isString()) {
            content = rawContent.stringValue();
        }
        JsonNode rawToolCallId = raw.path("tool_call_id");
        String toolCallId = rawToolCallId.isString() && !rawToolCallId.stringValue().isEmpty()
                ? rawToolCallId.stringValue() : null;
        List<ToolCall> toolCalls = new ArrayList<>();
        for (JsonNode call : raw.path("tool_calls")) {
            JsonNode function = call.path("function");
            toolCalls.add(new ToolCall(call.path("id").asString(""), call.path("type").asString(""),
                    function.path("name").asString(""),
                    canonicalArguments(function.path("arguments").isString()
                            ? function.path("arguments").stringValue() : "")));
        }
        return new Message(role, toolCallId, content == null || content.isEmpty() ? null : content, null, toolCalls);
    }

    /**
     * A user message without its volatile context: {@code <current_datetime>}, {@code <reminder>},
     * {@code <system_reminder>}, {@code <agent_instructions>} blocks, a leading {@code [[PLAN]]}, skill front matter;
     * background-agent completion notices in canonical wording; a compaction request as
     * {@code ${compaction_prompt}}; trimmed.
     */
    static String normalizeUserMessage(String content) {
        String result = SKILL_FRONT_MATTER.matcher(content).replaceAll("$1");
        result = replaceTaskCompletionNotices(result);
        result = CURRENT_DATETIME.matcher(result).replaceAll("");
        for (Pattern block : CONTEXT_BLOCKS) {
            result = block.matcher(result).replaceAll("");
        }
        result = PLAN_MARKER.matcher(result).replaceFirst("");
        result = COMPACTION_PROMPT.matcher(result).replaceFirst(Matcher.quoteReplacement("${compaction_prompt}"));
        return trim(result);
    }

    private static String replaceTaskCompletionNotices(String content) {
        return TASK_COMPLETION_NOTICE.matcher(content).replaceAll(TASK_COMPLETION_CANONICAL);
    }

    /**
     * A tool result's content: a {@code {"resultType":"success","textResultForLlm":X}} envelope unwrapped to X (a
     * string as is, anything else as key-sorted JSON), other JSON as key-sorted compact JSON, other text trimmed.
     */
    static String normalizeToolContent(String content) {
        JsonNode parsed = JavaScriptJson.parse(content);
        if (parsed == null) {
            return trim(content);
        }
        if (parsed.isObject() && parsed.path("resultType").isString()
                && parsed.path("resultType").stringValue().equals("success") && parsed.has("textResultForLlm")) {
            JsonNode result = parsed.get("textResultForLlm");
            return result.isString() ? result.stringValue() : JavaScriptJson.stringifySorted(result);
        }
        return JavaScriptJson.stringifySorted(parsed);
    }

    /** Tool call arguments as compact JSON ({@code {}} when blank); text that is not JSON stays as it is. */
    static String canonicalArguments(String arguments) {
        if (trim(arguments).isEmpty()) {
            return "{}";
        }
        JsonNode parsed = JavaScriptJson.parse(arguments);
        return parsed == null ? arguments : JavaScriptJson.stringify(parsed);
    }

    /** Steps 5 to 8: renumbered ids, shell placeholders, background-agent names and normalised tool results. */
    private List<Message> normalizeToolCalls(List<Message> messages) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> agentNamesByCallId = new HashMap<>();
        Map<String, String> agentNamesByRuntimeId = new LinkedHashMap<>();
        Map<String, String> toolNamesByCallId = new HashMap<>();
        int unnamedAgents = 0;
        List<Message> result = new ArrayList<>();
        for (Message message : messages) {
            List<ToolCall> calls = new ArrayList<>();
            for (ToolCall call : message.toolCalls()) {
                String id = ids.computeIfAbsent(call.id(), key -> "toolcall_" + ids.size());
                String name = shellToolPlaceholders.getOrDefault(call.name(), call.name());
                String arguments = call.arguments();
                if (name.equals("task")) {
                    String configured = backgroundAgentName(arguments);
                    String fallback = unnamedAgents == 0 ? "background-agent" : "background-agent-" + unnamedAgents;
                    agentNamesByCallId.put(id, configured != null ? configured : fallback);
                    unnamedAgents++;
                } else if (name.equals("read_agent") || name.equals("write_agent")) {
                    arguments = rewriteAgentIds(arguments, agentNamesByRuntimeId);
                }
                toolNamesByCallId.putIfAbsent(id, name);
                calls.add(new ToolCall(id, call.type(), name, arguments));
            }
            String toolCallId = message.toolCallId();
            String content = message.content();
            if (message.role().equals("tool") && toolCallId != null) {
                toolCallId = ids.getOrDefault(toolCallId, toolCallId);
                String toolName = toolNamesByCallId.get(toolCallId);
                if (content != null && toolName != null) {
                    content = normalizeToolResult(content, toolName, toolCallId, agentNamesByCallId,
                            agentNamesByRuntimeId);
                }
            }
            result.add(new Message(message.role(), toolCallId, content, message.refusal(), calls));
        }
        return result;
    }

    private String normalizeToolResult(String content, String toolName, String toolCallId,
            Map<String, String> agentNamesByCallId, Map<String, String> agentNamesByRuntimeId) {
        String result = content;
        if (toolName.equals("task")) {
            String runtimeId = backgroundAgentId(result);
            String stableName = agentNamesByCallId.get(toolCallId);
            if (runtimeId != null && stableName != null) {
                agentNamesByRuntimeId.put(runtimeId, stableName);
                result = normalizeBackgroundAgentStartMessage(result, stableName);
            }
        }
        for (ToolResultNormalizer normalizer : toolResultNormalizers) {
            if (normalizer.toolName().equals("*") || normalizer.toolName().equals(toolName)) {
                result = normalizer.normalizer().apply(result);
            }
        }
        for (Map.Entry<String, String> agent : agentNamesByRuntimeId.entrySet()) {
            result = result.replace(agent.getKey(), agent.getValue());
        }
        return result;
    }

    /** Step 9: each run of tool results sorted by tool call number, since parallel tools finish in any order. */
    private static List<Message> sortToolResults(List<Message> messages) {
        List<Message> result = new ArrayList<>(messages);
        int start = 0;
        while (start < result.size()) {
            if (!result.get(start).role().equals("tool")) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < result.size() && result.get(end).role().equals("tool")) {
                end++;
            }
            result.subList(start, end).sort((left, right) -> compareToolCallIds(left.toolCallId(),
                    right.toolCallId()));
            start = end;
        }
        return result;
    }

    private static int compareToolCallIds(@Nullable String left, @Nullable String right) {
        BigInteger leftNumber = toolCallNumber(left);
        BigInteger rightNumber = toolCallNumber(right);
        if (leftNumber != null && rightNumber != null) {
            return leftNumber.compareTo(rightNumber);
        }
        return (left == null ? "" : left).compareTo(right == null ? "" : right);
    }

    private static @Nullable BigInteger toolCallNumber(@Nullable String id) {
        if (id == null) {
            return null;
        }
        Matcher matcher = NORMALISED_TOOL_CALL_ID.matcher(id);
        return matcher.matches() ? new BigInteger(matcher.group(1)) : null;
    }

    /** Step 10: the work directory as {@code ${workdir}} and relative Windows paths with forward slashes. */
    private List<Message> replaceFileNames(List<Message> messages) {
        List<Message> result = new ArrayList<>();
        for (Message message : messages) {
            List<ToolCall> calls = new ArrayList<>();
            for (ToolCall call : message.toolCalls()) {
                calls.add(new ToolCall(call.id(), call.type(), call.name(), replaceFileNames(call.arguments())));
            }
            String content = message.content() == null ? null : replaceFileNames(message.content());
            result.add(new Message(message.role(), message.toolCallId(), content, message.refusal(), calls));
        }
        return result;
    }

    /** The work directory in {@code text} as {@code ${workdir}}, relative Windows paths with forward slashes. */
    String replaceFileNames(String text) {
        String result = text;
        for (Pattern pattern : workDirectoryPatterns) {
            Matcher matcher = pattern.matcher(result);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String rest = matcher.group(1);
                String replacement = WORKDIR + (rest == null ? "" : SLASHES.matcher(rest).replaceAll("/"));
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            result = out.toString();
        }
        Matcher windowsPaths = RELATIVE_WINDOWS_PATH.matcher(result);
        StringBuilder out = new StringBuilder();
        while (windowsPaths.find()) {
            windowsPaths.appendReplacement(out, Matcher.quoteReplacement(windowsPaths.group(1).replace('\\', '/')));
        }
        windowsPaths.appendTail(out);
        return out.toString();
    }

    /**
     * A recorded assistant message as the CLI should receive it: the work directory and shell tool names filled
     * in, background agents' stable names replaced by the runtime ids of this session.
     */
    Message expandForReply(Message recorded, Map<String, String> backgroundAgentIds) {
        List<ToolCall> calls = new ArrayList<>();
        for (int i = 0; i < recorded.toolCalls().size(); i++) {
            ToolCall call = recorded.toolCalls().get(i);
            String escapedWorkDirectory = JavaScriptJson.quote(workDirectory).replace("\"", "");
            String arguments = call.arguments().isEmpty() ? call.arguments()
                    : call.arguments().replace(WORKDIR, escapedWorkDirectory);
            calls.add(new ToolCall(call.id().isEmpty() ? "call_" + i : call.id(), "function",
                    realToolName(call.name()), rewriteAgentIds(arguments, backgroundAgentIds)));
        }
        String content = recorded.content() == null ? null : recorded.content().replace(WORKDIR, workDirectory);
        return new Message(recorded.role(), recorded.toolCallId(), content, recorded.refusal(), calls);
    }

    private String realToolName(String name) {
        for (Map.Entry<String, String> entry : shellToolPlaceholders.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        return name;
    }

    /** The runtime id of each background agent started in a raw request, by its stable name. */
    private static Map<String, String> backgroundAgentIds(ArrayNode rawMessages) {
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, String> namesByCallId = new HashMap<>();
        int unnamedAgents = 0;
        for (JsonNode message : rawMessages) {
            for (JsonNode call : message.path("tool_calls")) {
                String id = call.path("id").asString("");
                String arguments = call.path("function").path("arguments").asString("");
                if (!id.isEmpty() && call.path("function").path("name").asString("").equals("task")
                        && !arguments.isEmpty()) {
                    String configured = backgroundAgentName(arguments);
                    String fallback = unnamedAgents == 0 ? "background-agent" : "background-agent-" + unnamedAgents;
                    namesByCallId.put(id, configured != null ? configured : fallback);
                    unnamedAgents++;
                }
            }
            String toolCallId = message.path("tool_call_id").asString("");
            if (message.path("role").asString("").equals("tool") && !toolCallId.isEmpty()
                    && message.path("content").isString()) {
                String stableName = namesByCallId.get(toolCallId);
                String runtimeId = backgroundAgentId(message.path("content").stringValue());
                if (stableName != null && runtimeId != null) {
                    result.put(stableName, runtimeId);
                }
            }
        }
        return result;
    }

    private static @Nullable String backgroundAgentName(String arguments) {
        JsonNode parsed = JavaScriptJson.parse(arguments);
        return parsed != null && parsed.isObject() && parsed.path("name").isString()
                ? parsed.path("name").stringValue() : null;
    }

    private static @Nullable String backgroundAgentId(String content) {
        Matcher matcher = BACKGROUND_AGENT_ID.matcher(content);
        if (matcher.lookingAt() && !matcher.group(1).isEmpty()) {
            return matcher.group(1);
        }
        JsonNode parsed = JavaScriptJson.parse(content);
        if (parsed != null && parsed.isObject() && parsed.path("textResultForLlm").isString()) {
            return backgroundAgentId(parsed.path("textResultForLlm").stringValue());
        }
        return null;
    }

    /** {@code agent_id} and {@code agent_ids} arguments mapped through {@code replacements}. */
    private static String rewriteAgentIds(String arguments, Map<String, String> replacements) {
        JsonNode parsed = JavaScriptJson.parse(arguments);
        if (parsed == null || !parsed.isContainer()) {
            return arguments;
        }
        if (parsed.isObject()) {
            ObjectNode object = (ObjectNode) parsed;
            JsonNode agentId = object.path("agent_id");
            if (agentId.isString() && replacements.containsKey(agentId.stringValue())) {
                object.put("agent_id", replacements.get(agentId.stringValue()));
            }
            if (object.path("agent_ids").isArray()) {
                ArrayNode agentIds = (ArrayNode) object.path("agent_ids");
                for (int i = 0; i < agentIds.size(); i++) {
                    JsonNode element = agentIds.get(i);
                    if (element.isString() && replacements.containsKey(element.stringValue())) {
                        agentIds.set(i, replacements.get(element.stringValue()));
                    }
                }
            }
        }
        return JavaScriptJson.stringify(parsed);
    }

    /** Large-output file names as {@code PLACEHOLDER-copilot-tool-output-PLACEHOLDER}, in a fixed temp path. */
    static String normalizeLargeOutputFilePaths(String result) {
        String named = LARGE_OUTPUT_FILE.matcher(result).replaceAll(LARGE_OUTPUT_PLACEHOLDER);
        return LARGE_OUTPUT_PATH.matcher(named).replaceAll("/session-state/temp/" + LARGE_OUTPUT_PLACEHOLDER);
    }

    /** A result of a tool cut short by an abort, in one wording. */
    static String normalizeInterruptedToolResult(String result) {
        return INTERRUPTED.matcher(result).matches() ? INTERRUPTED_CANONICAL : result;
    }

    /** {@code <shellId: X completed with exit code N>} as {@code <exited with exit code N>}. */
    static String normalizeShellExitMarkers(String result) {
        return SHELL_EXIT_MARKER.matcher(result).replaceAll("<exited with exit code $1>");
    }

    /** The {@code gh} CLI's "not authenticated" texts as {@code ${gh_auth_required}}. */
    static String normalizeGhAuthMessages(String result) {
        String placeholder = Matcher.quoteReplacement(GH_AUTH_REQUIRED);
        String normalized = GH_AUTH_ACTIONS.matcher(result).replaceAll(placeholder);
        normalized = GH_AUTH_LOCAL.matcher(normalized).replaceAll(placeholder);
        normalized = GH_AUTH_UNTRUSTED_CA.matcher(normalized).replaceAll(
                Matcher.quoteReplacement(GH_AUTH_REQUIRED + "\n<exited with exit code 4>"));
        return normalizeGh401Messages(normalized);
    }

    private static String normalizeGh401Messages(String result) {
        String[] lines = result.split("\\r?\\n", -1);
        List<String> normalized = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (GH_HTTP_401.matcher(lines[i]).find() && lines[i].contains("Requires authentication")) {
                int exitLine = -1;
                for (int j = i + 1; j < lines.length && exitLine < 0; j++) {
                    if (EXIT_CODE_LINE.matcher(trim(lines[j])).matches()) {
                        exitLine = j;
                    }
                }
                if (exitLine >= 0) {
                    normalized.add(GH_AUTH_REQUIRED);
                    normalized.add("<exited with exit code 4>");
                    i = exitLine;
                    changed = true;
                    continue;
                }
            }
            normalized.add(lines[i]);
        }
        return changed ? String.join("\n", normalized) : result;
    }

    /** {@code Tool 'x' does not exist.} without the list of available tools that may follow it. */
    static String normalizeAvailableToolNames(String result) {
        return AVAILABLE_TOOLS.matcher(result).replaceAll("$1");
    }

    /** A background-agent start message without the text that follows its fixed sentence. */
    static String normalizeBackgroundAgentStartMessage(String result) {
        return normalizeBackgroundAgentStartMessage(result, null);
    }

    private static String normalizeBackgroundAgentStartMessage(String result, @Nullable String stableId) {
        Matcher matcher = BACKGROUND_AGENT_STARTED.matcher(result);
        if (!matcher.matches()) {
            return result;
        }
        return "Agent started in background with agent_id: " + (stableId != null ? stableId : matcher.group(1))
                + matcher.group(2);
    }

    /** A {@code read_agent} result without timings and turn counts, an idle agent reported as completed. */
    static String normalizeReadAgentResult(String result) {
        String normalized = READ_AGENT_IDLE.matcher(result).replaceFirst("Agent completed.");
        normalized = READ_AGENT_IDLE_STATUS.matcher(normalized).replaceFirst("Agent completed. $1, status: completed,");
        normalized = READ_AGENT_TURNS.matcher(normalized).replaceFirst(", total_turns: 0, duration: 0s");
        normalized = READ_AGENT_TURN_HEADER.matcher(normalized).replaceFirst("\n\n");
        normalized = READ_AGENT_ELAPSED.matcher(normalized).replaceAll("elapsed: 0s");
        return READ_AGENT_DURATION.matcher(normalized).replaceAll("duration: 0s");
    }

    /** {@code String.prototype.trim}: JavaScript white space and line terminators removed from both ends. */
    static String trim(String text) {
        return trimEnd(trimStart(text));
    }

    private static String trimStart(String text) {
        int start = 0;
        while (start < text.length() && isJavaScriptSpace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }

    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && isJavaScriptSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isJavaScriptSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
