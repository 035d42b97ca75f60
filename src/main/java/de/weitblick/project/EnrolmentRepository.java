package de.weitblick.project;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EnrolmentRepository extends ListCrudRepository<Enrolment, UUID> {

}
