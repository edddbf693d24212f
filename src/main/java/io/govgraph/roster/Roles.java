package io.govgraph.roster;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import io.govgraph.model.Vocabulary;

/**
 * The roles vocabulary of rosters: local titles (书记, 副主任, 专职网格员 …) to roles, the default of
 * the spec extended by an installation's file of {@code title=ROLE} lines. A title is matched
 * whole, else by the longest known title it ends with (党委副书记 → 副书记), so that the
 * organization's name before a title does not make it unknown.
 */
public final class Roles {

	/** The roles a roster may give: those of the format and REPORTED_MEMBER (v1.1). */
	public static final Set<String> KNOWN = knownRoles();

	private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/]+");

	private static final Map<String, String> DEFAULT = defaultTitles();

	private final Map<String, String> titles;

	private Roles(Map<String, String> titles) {
		this.titles = titles;
	}

	/** The spec's vocabulary alone. */
	public static Roles defaults() {
		return new Roles(DEFAULT);
	}

	/**
	 * The spec's vocabulary extended (or overridden) by a UTF-8 properties file of
	 * {@code title=ROLE} lines; a role outside {@link #KNOWN} is an error naming the line.
	 */
	public static Roles withFile(Path file) {
		Properties extra = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			extra.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read the roles file " + file + ": " + ex.getMessage(), ex);
		}
		Map<String, String> titles = new LinkedHashMap<>(DEFAULT);
		for (String title : extra.stringPropertyNames()) {
			String role = extra.getProperty(title).strip();
			if (!KNOWN.contains(role)) {
				throw new IllegalArgumentException("the roles file " + file + " maps \"" + title + "\" to unknown role "
						+ role + " (known: " + String.join(", ", KNOWN) + ")");
			}
			titles.put(RosterText.name(title), role);
		}
		return new Roles(Map.copyOf(titles));
	}

	/** A post as a roster names it: the role and the title as written. */
	public record Post(String role, String title) {
	}

	/**
	 * The posts of one 职务 cell, split on 、，,;；/; {@code ownersCommittee} makes 主任 CHAIR. An
	 * unknown title throws with the title named.
	 */
	public List<Post> posts(String cell, boolean ownersCommittee) {
		List<Post> posts = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String part : SEPARATORS.split(cell)) {
			String title = RosterText.trim(part);
			if (title.isEmpty()) {
				continue;
			}
			String role = role(RosterText.name(title));
			if (role == null) {
				unknown.add(title);
				continue;
			}
			if (ownersCommittee && role.equals("DIRECTOR")) {
				role = "CHAIR";
			}
			posts.add(new Post(role, title));
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown title " + String.join(", ", unknown.stream().map(t -> "\"" + t + "\"").toList())
					+ " (not in the roles vocabulary; an installation maps its own titles in govgraph.rosters.roles-file)");
		}
		return posts;
	}

	private String role(String title) {
		String exact = this.titles.get(title);
		if (exact != null) {
			return exact;
		}
		String best = null;
		int bestLength = 0;
		for (Map.Entry<String, String> e : this.titles.entrySet()) {
			if (title.endsWith(e.getKey()) && e.getKey().length() > bestLength) {
				best = e.getValue();
				bestLength = e.getKey().length();
			}
		}
		return best;
	}

	private static Set<String> knownRoles() {
		List<String> roles = new ArrayList<>(Vocabulary.ROLES);
		if (!roles.contains("REPORTED_MEMBER")) {
			roles.add("REPORTED_MEMBER");
		}
		return Set.copyOf(roles);
	}

	private static Map<String, String> defaultTitles() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("书记", "SECRETARY");
		m.put("副书记", "DEPUTY_SECRETARY");
		m.put("主任", "DIRECTOR");
		m.put("副主任", "DEPUTY_DIRECTOR");
		m.put("委员", "MEMBER");
		m.put("成员", "MEMBER");
		m.put("兼职委员", "MEMBER");
		m.put("业主代表", "OWNER_REP");
		m.put("项目经理", "MANAGER");
		m.put("经理", "MANAGER");
		m.put("负责人", "MANAGER");
		m.put("第一书记", "FIRST_SECRETARY");
		m.put("首席联络官", "CHIEF_LIAISON");
		m.put("法律顾问", "LEGAL_ADVISOR");
		m.put("网格员", "GRID_WORKER");
		m.put("专职网格员", "GRID_WORKER");
		m.put("律师", "LAWYER");
		m.put("志愿者", "VOLUNTEER");
		m.put("报到党员", "REPORTED_MEMBER");
		return Map.copyOf(m);
	}

}
