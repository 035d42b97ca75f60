package de.weitblick.project.persistence;

import java.util.UUID;

import de.weitblick.project.Enrolment;

import org.springframework.data.repository.ListCrudRepository;

public interface EnrolmentRepository extends ListCrudRepository<Enrolment, UUID> {

}
