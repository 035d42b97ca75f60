package de.weitblick.employer;

import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record-level rule of the employer module: the employer service reaches every
 * employer, an employer account only the one whose contact it is linked to.
 */
@Component
@Transactional(readOnly = true)
class EmployerAccess {

	private final JdbcClient jdbc;

	EmployerAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EmployerId> employerOf(StaffMember viewer) {
		if (!EmployerAccessPolicy.isEmployerAccount(viewer)) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT employer_id FROM employer_contact WHERE account_id = :account")
			.param("account", viewer.id())
			.query(UUID.class)
			.optional()
			.map(EmployerId::new);
	}

	boolean mayRead(EmployerId id, StaffMember viewer) {
		return EmployerAccessPolicy.mayReadAll(viewer) || employerOf(viewer).filter(id::equals).isPresent();
	}

	void requireRead(EmployerId id, StaffMember viewer) {
		if (!mayRead(id, viewer)) {
			throw new AccessDeniedException("May not read employer " + id.id());
		}
	}

	void requireExists(EmployerId id) {
		boolean exists = this.jdbc.sql("SELECT count(*) FROM employer WHERE id = :id")
			.param("id", id.id())
			.query(Integer.class)
			.single() > 0;
		if (!exists) {
			throw new NotFound("employer.not-found");
		}
	}

}
