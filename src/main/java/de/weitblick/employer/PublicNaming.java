package de.weitblick.employer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which employers may be named in public, and finding an employer by the name somebody
 * outside the office knows it by. Neither reveals more than a name.
 */
@Service
@Transactional(readOnly = true)
public class PublicNaming {

	private final JdbcClient jdbc;

	PublicNaming(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The names of those of the given employers that agreed to be named publicly.
	 * @param ids must not be null
	 * @return the names by identifier, only of employers with that consent; never null
	 */
	public Map<EmployerId, String> namedPublicly(Collection<EmployerId> ids) {
		Map<EmployerId, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM employer WHERE public_naming_consent AND id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", ids.stream().map(EmployerId::id).toArray(UUID[]::new))
			.query((rs, n) -> names.put(new EmployerId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The one employer known under this name; legal forms, case, accents and punctuation
	 * are ignored.
	 * @param name may be null
	 * @return the employer, empty when no employer or more than one has this name
	 */
	public Optional<EmployerId> employerNamed(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			return Optional.empty();
		}
		List<UUID> found = this.jdbc.sql("SELECT id FROM employer WHERE search_name = :name LIMIT 2")
			.param("name", EmployerTexts.searchName(name))
			.query(UUID.class)
			.list();
		return (found.size() == 1) ? Optional.of(new EmployerId(found.get(0))) : Optional.empty();
	}

}
